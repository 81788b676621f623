import type { JianbaoOptions } from '../../src/shared/options.ts';

/** How a section changes the options: a pure change, stored normalized. */
export type UpdateOptions = (change: (current: JianbaoOptions) => JianbaoOptions) => Promise<JianbaoOptions>;
