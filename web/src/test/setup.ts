import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// views are lazily loaded chunks; on a busy machine the first import takes more than a second
configure({ asyncUtilTimeout: 5000 });

// Testing Library unmounts automatically only when Vitest globals are on; they are off here
afterEach(() => {
  cleanup();
  localStorage.clear();
  document.documentElement.lang = 'sv';
});
