/**
 * The card's two palettes. The host picks one from the page's own background where the flag is
 * (a dark site gets the dark card whatever the reader's system theme); every text colour here
 * keeps 4.5:1 against the card's background (a unit test checks).
 */
export type CardScheme = 'light' | 'dark';

export interface CardTheme {
  background: string;
  text: string;
  muted: string;
  border: string;
  accent: string;
  accentText: string;
  success: string;
  error: string;
}

export const CARD_THEMES: Readonly<Record<CardScheme, CardTheme>> = {
  light: {
    background: '#ffffff',
    text: '#1d1d1f',
    muted: '#55555c',
    border: '#8a8a96',
    accent: '#3d2fb3',
    accentText: '#ffffff',
    success: '#0b6b3a',
    error: '#a4161a',
  },
  dark: {
    background: '#24272e',
    text: '#eceef2',
    muted: '#b4b8c2',
    border: '#767c88',
    accent: '#b3a8ff',
    accentText: '#15151b',
    success: '#7ddba4',
    error: '#ff9b9b',
  },
};

/** The custom properties for one palette, as a declaration block. */
export const themeDeclarations = (theme: CardTheme): string =>
  Object.entries(theme)
    .map(([name, value]) => `--sl-${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}: ${value};`)
    .join(' ');
