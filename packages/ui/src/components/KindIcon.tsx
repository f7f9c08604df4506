import type { NodeKind } from '@veranderlogica/core';

/** A small line icon per kind, so kinds differ by shape as well as colour. */
const PATHS: Record<NodeKind, string> = {
  // flag
  goal: 'M5 21V4m0 0h11l-2 4 2 4H5',
  // rising steps
  outcome: 'M4 18h5v-5h5V8h6',
  // gear-like cog: why it works
  mechanism:
    'M12 8a4 4 0 1 0 0 8 4 4 0 0 0 0-8zm0-5v3m0 12v3m9-9h-3M6 12H3m15.4-6.4-2.1 2.1M7.7 16.3l-2.1 2.1m12.8 0-2.1-2.1M7.7 7.7 5.6 5.6',
  // hand / action: a play triangle
  intervention: 'M7 5l12 7-12 7z',
  // gauge
  indicator: 'M4 16a8 8 0 1 1 16 0M12 16l4-5',
  // pillar
  assumption: 'M6 20h12M8 20V8m8 12V8M5 8h14l-7-4z',
};

export function KindIcon({ kind, size = 16 }: { kind: NodeKind; size?: number }) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={PATHS[kind]} />
    </svg>
  );
}
