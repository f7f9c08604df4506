import { NODE_KIND_SPECS, type NodeKind } from '@veranderlogica/core';

/** The kind's line icon from its spec, so kinds differ by shape as well as colour. */
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
      <path d={NODE_KIND_SPECS[kind].icon} />
    </svg>
  );
}
