/** A product signal the benchmark reads (performance.mark): the library list's first render is in the DOM. */
export const LIST_RENDERED_MARK = 'jianbao:list-rendered';
/** The list first shows what IndexedDB holds (after the copy kept by the last open, when there was one). */
export const LIST_FROM_STORE_MARK = 'jianbao:list-from-store';
