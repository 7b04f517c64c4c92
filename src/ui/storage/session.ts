// Small keyed values that make a reload come back where it was: the single inspected report
// (its input and document) and which screen was open.
import { openGoujiDb, type SessionKey, type SessionValues } from './db';

export async function getSession<K extends SessionKey>(key: K): Promise<SessionValues[K] | null> {
  return ((await (await openGoujiDb()).get('session', key)) as SessionValues[K] | undefined) ?? null;
}

export async function putSession<K extends SessionKey>(key: K, value: SessionValues[K]): Promise<void> {
  await (await openGoujiDb()).put('session', value, key);
}

export async function deleteSession(key: SessionKey): Promise<void> {
  await (await openGoujiDb()).delete('session', key);
}
