import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Highlighted, HighlightTerms } from './Highlight.tsx';

describe('Highlight', () => {
  it('wraps the shared terms in <mark>', () => {
    const { container } = render(<HighlightTerms text="Kommunen ska förbättra möjligheterna för lokala företag." terms={['förbättra', 'företag']} />);
    expect([...container.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['förbättra', 'företag']);
    expect(container.textContent).toBe('Kommunen ska förbättra möjligheterna för lokala företag.');
  });

  it('renders the API’s highlight ranges with ellipses where the snippet was cut', () => {
    const { container } = render(<Highlighted value={{ text: 'om offentlig upphandling <script>', highlights: [{ start: 13, end: 24 }], truncatedStart: true, truncatedEnd: true }} />);
    expect(container.textContent).toBe('… om offentlig upphandling <script> …');
    expect([...container.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['upphandling']);
    expect(container.querySelector('script')).toBeNull();
  });
});
