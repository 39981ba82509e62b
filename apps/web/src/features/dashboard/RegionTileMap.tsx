// Tile-grid map of East Kalimantan's regencies and cities. No regency boundary GeoJSON ships on npm,
// so each region is one square placed roughly where it lies (north at the top, the coast to the right),
// keyed by its Kemendagri code and shaded by its count. Codes outside the grid are listed below it.
import { Box, Group, Stack, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** [code, short name, column, row] — DOMAIN.md §4.1 (64.06–64.08, 64.10, 64.73 moved to Kaltara). */
export const KALTIM_TILES = [
  ['64.05', 'Berau', 2, 0],
  ['64.11', 'Mahakam Ulu', 0, 1],
  ['64.04', 'Kutai Timur', 2, 1],
  ['64.02', 'Kutai Barat', 0, 2],
  ['64.03', 'Kutai Kartanegara', 1, 2],
  ['64.74', 'Bontang', 2, 2],
  ['64.72', 'Samarinda', 2, 3],
  ['64.09', 'Penajam Paser Utara', 1, 3],
  ['64.01', 'Paser', 1, 4],
  ['64.71', 'Balikpapan', 2, 4],
] as const;

const TILE = 92;
const GAP = 6;

/** Five-step sequential scale; 0 gets a neutral tile so "no cases" differs from "few". */
function shade(value: number, max: number): { bg: string; fg: string } {
  if (!value) return { bg: 'var(--mantine-color-gray-1)', fg: 'var(--mantine-color-gray-7)' };
  const step = Math.min(4, Math.floor((value / Math.max(1, max)) * 4.999));
  const bg = ['#fde2cf', '#fbb58a', '#f5874f', '#dd5a23', '#a83b10'][step]!;
  return { bg, fg: step >= 2 ? 'white' : '#5c2405' };
}

export function RegionTileMap({
  counts,
  selected,
  onSelect,
}: {
  counts: Record<string, number>;
  selected?: string | null;
  onSelect?: (code: string | null) => void;
}) {
  const { t } = useTranslation();
  const known = new Set<string>(KALTIM_TILES.map((x) => x[0]));
  const max = Math.max(0, ...Object.values(counts));
  const others = Object.entries(counts).filter(([code, n]) => n > 0 && !known.has(code.slice(0, 5)));
  const countFor = (code: string) =>
    Object.entries(counts).reduce((s, [c, n]) => (c === code || c.startsWith(code + '.') ? s + n : s), 0);

  return (
    <Stack gap="xs">
      <Box pos="relative" w={3 * TILE + 2 * GAP} h={5 * TILE + 4 * GAP} mx="auto" data-testid="region-tile-map">
        {KALTIM_TILES.map(([code, name, col, row]) => {
          const n = countFor(code);
          const { bg, fg } = shade(n, max);
          const isSel = selected === code;
          return (
            <Tooltip key={code} label={`${name} (${code}): ${n}`} withArrow>
              <UnstyledButton
                data-region={code}
                aria-label={`${name}: ${n}`}
                aria-pressed={isSel}
                onClick={() => onSelect?.(isSel ? null : code)}
                style={{
                  position: 'absolute',
                  left: col * (TILE + GAP),
                  top: row * (TILE + GAP),
                  width: TILE,
                  height: TILE,
                  background: bg,
                  color: fg,
                  borderRadius: 8,
                  padding: 6,
                  outline: isSel ? '3px solid var(--mantine-color-blue-6)' : undefined,
                  outlineOffset: 1,
                  display: 'flex',
                  flexDirection: 'column',
                  justifyContent: 'space-between',
                }}
              >
                <Text fz={11} lh={1.15} fw={600} c="inherit">
                  {name}
                </Text>
                <Text fz={22} fw={700} lh={1} c="inherit" ta="right">
                  {n}
                </Text>
              </UnstyledButton>
            </Tooltip>
          );
        })}
      </Box>
      <Group gap={4} justify="center">
        <Text size="xs" c="dimmed">
          {t('dash.map.legendLow')}
        </Text>
        {['#fde2cf', '#fbb58a', '#f5874f', '#dd5a23', '#a83b10'].map((c) => (
          <Box key={c} w={18} h={10} style={{ background: c, borderRadius: 2 }} />
        ))}
        <Text size="xs" c="dimmed">
          {t('dash.map.legendHigh')}
        </Text>
      </Group>
      {others.length > 0 && (
        <Text size="xs" c="dimmed" ta="center">
          {t('dash.map.outside')}: {others.map(([c, n]) => `${c} (${n})`).join(', ')}
        </Text>
      )}
    </Stack>
  );
}
