/** A product signal the benchmark reads (performance.mark): the library list's first render is in the DOM. */
export const LIST_RENDERED_MARK = 'jianbao:list-rendered';
