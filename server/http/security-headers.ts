/**
 * Response headers for every page and API route (applied in next.config.ts `headers()`).
 *
 * The Content Security Policy allows only this origin. Scripts and styles also need 'unsafe-inline':
 * the App Router streams its page data in inline <script> tags, and a nonce would have to be minted
 * per request in a proxy, making every page dynamic. What the policy still buys: no script, style,
 * font, image or connection from another origin, no plugins, no <base> hijack, forms only to this
 * origin, and no framing (clickjacking). `next dev` also needs eval (React's dev tools) and a
 * websocket for hot reload.
 */
export interface HeaderEntry {
  key: string;
  value: string;
}

export function contentSecurityPolicy(dev = false): string {
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    "script-src": ["'self'", "'unsafe-inline'", ...(dev ? ["'unsafe-eval'"] : [])],
    "style-src": ["'self'", "'unsafe-inline'"],
    // Page pictures come from our API; downloads are built as blob: URLs.
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'", ...(dev ? ["ws:", "wss:"] : [])],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(" ")}`)
    .join("; ");
}

export function securityHeaders(dev = false): HeaderEntry[] {
  return [
    { key: "Content-Security-Policy", value: contentSecurityPolicy(dev) },
    // Older browsers that ignore frame-ancestors.
    { key: "X-Frame-Options", value: "DENY" },
    { key: "X-Content-Type-Options", value: "nosniff" },
    // A report's URL is its key: never send it (or even our origin) to another site. Not
    // "no-referrer": browsers then send `Origin: null` on same-origin POSTs, which the origin
    // checks refuse.
    { key: "Referrer-Policy", value: "same-origin" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()" },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  ];
}
