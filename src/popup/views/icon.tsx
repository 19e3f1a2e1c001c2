// Inline SVG icons: every system draws them, where emoji such as ⛔ fall back to an empty box on
// machines without a colour-emoji font. Decorative: the word beside each icon says the same.
const PATHS = {
  check: 'M3 8.5l3.2 3.2L13 4.9',
  cross: 'M4 4l8 8M12 4l-8 8',
  block: 'M8 1.8a6.2 6.2 0 1 0 0 12.4A6.2 6.2 0 0 0 8 1.8zM3.6 12.4l8.8-8.8',
  unknown: 'M5.8 6a2.2 2.2 0 1 1 3.1 2c-.6.3-.9.8-.9 1.4v.6M8 12.2v.1',
  dots: 'M3.5 8h.1M8 8h.1M12.5 8h.1',
} as const;

export type IconName = keyof typeof PATHS;

export function Icon({ name }: { name: IconName }) {
  return (
    <svg class={`icon icon-${name}`} viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
      <path d={PATHS[name]} fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" />
    </svg>
  );
}
