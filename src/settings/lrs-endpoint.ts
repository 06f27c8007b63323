// The one rule for a learning record store's address, wherever it is typed or given: settings,
// a launch link, the facilitator's live panel. http(s) only, no credentials in the address.

/** An http(s) endpoint as the xAPI client uses it (ending in a slash, no query or fragment), or null if it is not one. */
export function normalEndpoint(text: string): string | null {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return null;
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.username || url.password) return null;
  url.search = '';
  url.hash = '';
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
}
