import { describeReadabilityPages } from './readability-pages.ts';

describeReadabilityPages(0, 3);
