import { useEffect } from 'react';

/**
 * React-Admin's row and "select all" checkboxes put their aria-label on MUI's wrapper <span>
 * (where ARIA forbids it) and leave the <input> unlabelled. Until the library labels the input,
 * this moves each label to its input, so screen readers announce "Select this row".
 */
export function useCheckboxLabelFix(): void {
  useEffect(() => {
    const fix = () => {
      document
        .querySelectorAll<HTMLElement>('.select-item[aria-label], .select-all[aria-label]')
        .forEach((wrapper) => {
          const input = wrapper.querySelector('input');
          if (!input) return;
          input.setAttribute('aria-label', wrapper.getAttribute('aria-label')!);
          wrapper.removeAttribute('aria-label');
        });
    };
    fix();
    const observer = new MutationObserver(fix);
    observer.observe(document.body, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['aria-label'],
    });
    return () => observer.disconnect();
  }, []);
}
