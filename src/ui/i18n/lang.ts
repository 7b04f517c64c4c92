// The UI's languages: Chinese first, English complete behind the switch.
export type Lang = 'zh' | 'en';
