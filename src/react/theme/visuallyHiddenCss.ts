/** The `tl-visually-hidden` rule (text for screen readers only), shared by the component sheets. */
export const visuallyHiddenCss = `.tl-visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden;
  clip: rect(0 0 0 0); white-space: nowrap; }`;
