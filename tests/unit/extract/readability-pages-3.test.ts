import { describeReadabilityPages } from './readability-pages.ts';

describeReadabilityPages(2, 3);
