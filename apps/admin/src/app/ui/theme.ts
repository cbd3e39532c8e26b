// The organizers' app's look: Mantine's theme, with every coloured text readable (WCAG AA, 4.5:1)
// on the background it is drawn on. Mantine's defaults are not: its dimmed grey is 3.3:1 on white,
// and a "light" orange or teal badge's label on its own tint is under 4:1, which axe flagged on
// every organizer page. Rather than chase each use, the colours themselves are made readable here.
import { Badge, createTheme, darken, Drawer, luminance, Modal, type CSSVariablesResolver, type MantineTheme } from '@mantine/core';

/** WCAG's contrast ratio of two colours. */
export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** `color`, darkened just enough to reach `ratio` against `background` (AA and a little margin). */
export function readableOn(color: string, background: string, ratio = 4.7): string {
  for (let step = 0; step <= 20; step++) {
    const candidate = step === 0 ? color : darken(color, step * 0.05);
    if (contrast(candidate, background) >= ratio) return candidate;
  }
  return '#000';
}

const WHITE = '#ffffff';
/** Table stripes and hovered rows: coloured text must read on them too. */
const STRIPE = '#f8f9fa';

/**
 * Light scheme only (the app does not offer the dark one): for every palette colour, the text of
 * a light badge or button on its tint, outline text on white or a stripe, and white text on the
 * filled colour; the dimmed grey of secondary text; placeholders; links.
 */
export const readableColors: CSSVariablesResolver = (theme: MantineTheme) => {
  const light: Record<string, string> = {
    '--mantine-color-dimmed': theme.colors.gray[7],
    // A file input's placeholder is text on the page (not an input's own placeholder): readable too,
    // yet lighter than the dimmed grey, so it does not look like a chosen value.
    '--mantine-color-placeholder': readableOn(theme.colors.gray[6], WHITE, 4.6),
    '--mantine-color-anchor': readableOn(theme.colors[theme.primaryColor][8], STRIPE),
  };
  for (const [name, shades] of Object.entries(theme.colors)) {
    if (name === 'dark') continue;
    light[`--mantine-color-${name}-light-color`] = readableOn(shades[9], shades[1]);
    light[`--mantine-color-${name}-outline`] = readableOn(shades[7], STRIPE);
    light[`--mantine-color-${name}-filled`] = readableOn(shades[8], WHITE, 4.6);
  }
  return { variables: {}, light, dark: {} };
};

/**
 * A dialog's close button says what it does; its title bar is Mantine's <header>, which outside an
 * article or section is the page's banner landmark, a second one beside the app's own.
 */
const dialogDefaults = (closeLabel: string) => ({
  closeButtonProps: { 'aria-label': closeLabel },
  attributes: { header: { role: 'none' } },
});

/**
 * The theme, with the close button of every modal and drawer named in the reader's language. A
 * badge is never cut short ("REGIST…"): Mantine hides its label's overflow, which lets a table
 * squeeze the badge's column below the word; a visible overflow keeps the word's width as the
 * least the column may take.
 */
export function organizerTheme(closeLabel: string) {
  return createTheme({
    primaryColor: 'red',
    primaryShade: { light: 8, dark: 6 },
    fontFamily:
      "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif",
    defaultRadius: 'md',
    components: {
      Badge: Badge.extend({ styles: { root: { overflow: 'visible', flexShrink: 0 }, label: { overflow: 'visible', textOverflow: 'clip' } } }),
      Modal: Modal.extend({ defaultProps: dialogDefaults(closeLabel) }),
      Drawer: Drawer.extend({ defaultProps: dialogDefaults(closeLabel) }),
    },
  });
}
