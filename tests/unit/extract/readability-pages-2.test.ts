import { describeReadabilityPages } from './readability-pages.ts';

describeReadabilityPages(1, 3);
