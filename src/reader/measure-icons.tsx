/**
 * The column-width buttons' pictures: the column's two edges with arrows between them, pointing in
 * (narrower) or out (wider). Drawn in the text colour, so they follow the theme.
 */
const EDGES = 'M1.5 1.5v11M18.5 1.5v11';

function ColumnIcon({ arrows }: { arrows: string }) {
  return (
    <svg
      class="measure-icon"
      viewBox="0 0 20 14"
      fill="none"
      stroke="currentColor"
      stroke-width="1.6"
      stroke-linecap="round"
      stroke-linejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={`${EDGES}${arrows}`} />
    </svg>
  );
}

/** |→ ←| */
export const NarrowerIcon = () => (
  <ColumnIcon arrows="M4 7h4.5M6.5 4.5 9 7l-2.5 2.5M16 7h-4.5M13.5 4.5 11 7l2.5 2.5" />
);

/** |← →| */
export const WiderIcon = () => <ColumnIcon arrows="M4.5 7h11M7 4.5 4.5 7 7 9.5M13 4.5l2.5 2.5-2.5 2.5" />;
