import { DEFAULT_THEME, mergeMantineTheme } from '@mantine/core';
import { contrast, organizerTheme, readableColors, readableOn } from './theme';

describe('the organizers’ theme colours', () => {
  const theme = mergeMantineTheme(DEFAULT_THEME, organizerTheme('Close'));
  const light = readableColors(theme).light as Record<string, string>;
  const named = Object.keys(theme.colors).filter((name) => name !== 'dark');

  it('darkens a colour only as far as it must to read on its background', () => {
    expect(readableOn('#000000', '#ffffff')).toBe('#000000');
    const orange = readableOn(theme.colors.orange[9], theme.colors.orange[1]);
    expect(contrast(orange, theme.colors.orange[1])).toBeGreaterThanOrEqual(4.5);
    expect(contrast(orange, theme.colors.orange[1])).toBeLessThan(6);
  });

  it('makes every light badge’s label, outline and filled colour readable (WCAG AA, 4.5:1)', () => {
    for (const name of named) {
      expect([name, contrast(light[`--mantine-color-${name}-light-color`], theme.colors[name][1]) >= 4.5]).toEqual([name, true]);
      expect([name, contrast(light[`--mantine-color-${name}-outline`], '#f8f9fa') >= 4.5]).toEqual([name, true]);
      expect([name, contrast(light[`--mantine-color-${name}-filled`], '#ffffff') >= 4.5]).toEqual([name, true]);
    }
  });

  it('makes secondary (dimmed) text, placeholders and links readable on white and on table stripes', () => {
    expect(contrast(theme.colors.gray[7], '#f8f9fa')).toBeGreaterThanOrEqual(4.5);
    expect(light['--mantine-color-dimmed']).toBe(theme.colors.gray[7]);
    expect(contrast(light['--mantine-color-anchor'], '#f8f9fa')).toBeGreaterThanOrEqual(4.5);
    expect(contrast(light['--mantine-color-placeholder'], '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrast(light['--mantine-color-placeholder'], '#ffffff')).toBeLessThan(contrast(theme.colors.gray[7], '#ffffff'));
  });
});
