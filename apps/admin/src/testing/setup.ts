// Testing Library waits up to 1 s by default for what a page shows after an answer; on a busy
// 2-core CI machine rendering Mantine in jsdom can take longer than that. Waiting longer only
// delays a failure: it never lets a wrong page pass.
import { configure } from '@testing-library/react';

configure({ asyncUtilTimeout: 5000 });
