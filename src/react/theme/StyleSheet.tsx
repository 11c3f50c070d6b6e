export interface StyleSheetProps {
  /** The sheet's identity: React 19 keeps one `<style>` per `href` in the document head. */
  readonly href: string;
  readonly css: string;
  /** React 19's precedence group (default "default"). */
  readonly precedence?: string;
}

/**
 * A component's stylesheet as a `<style href precedence>` element: React 19 hoists one copy into
 * the document head however many components render it; React 18 renders it in place.
 */
export function StyleSheet({ href, css, precedence = "default" }: StyleSheetProps) {
  return (
    <style href={href} precedence={precedence}>
      {css}
    </style>
  );
}
