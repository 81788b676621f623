import type { ContentRequest } from '../shared/messages.ts';
import { extractOnRequest } from './extract-on-request.ts';
import type { ContentRoutes } from './route.ts';

/** The registry of content-script messages: one entry per message, checked against `ContentMessages`. */
export const routes: ContentRoutes = {
  extractPage: {
    // The request carries nothing: an empty object, and nothing else, is well formed.
    isValid: (p): p is ContentRequest<'extractPage'> =>
      typeof p === 'object' && p !== null && !Array.isArray(p) && Object.keys(p).length === 0,
    handle: extractOnRequest,
  },
};
