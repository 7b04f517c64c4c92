// Drop files anywhere on the page. The overlay shows while files are dragged over the window.
// One file opens the inspector; several files, a folder or a zip open the batch workspace.
import { useEffect, useState } from 'react';
import { useT } from '../i18n/i18n';
import { useGouji } from '../store/store';
import { openDrop } from './open-inputs';

const hasFiles = (e: DragEvent) => !!e.dataTransfer && [...e.dataTransfer.types].includes('Files');

export function DropOverlay() {
  const t = useT();
  const [over, setOver] = useState(false);

  useEffect(() => {
    let depth = 0; // dragenter/leave fire for every child crossed
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth++;
      setOver(true);
    };
    const overH = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const leave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setOver(false);
    };
    const drop = (e: DragEvent) => {
      const dt = e.dataTransfer;
      depth = 0;
      setOver(false);
      if (!dt || dt.files.length === 0) return;
      e.preventDefault();
      void openDrop(dt).catch((err: unknown) => useGouji.getState().openFailed(err));
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', overH);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', overH);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, []);

  if (!over) return null;
  return (
    <div className="drop-overlay" data-testid="drop-overlay" aria-hidden="true">
      <div className="drop-card">{t('dropHereMany')}</div>
    </div>
  );
}
