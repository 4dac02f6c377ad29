/**
 * The HTTP API: a fetch wrapper that sends and reads JSON and turns the server's
 * `{"error","message"}` answers into {@link ApiError}s.
 * @module api
 */

/** An HTTP answer that was not a success. */
export class ApiError extends Error {
  /**
   * @param {number} status HTTP status, 0 when the server could not be reached
   * @param {string} code the contract's error code, e.g. "invalid-quiz"
   * @param {string} message readable text
   * @param {object} [body] the whole JSON body, e.g. with `problems`
   * @param {number} [retryAfter] seconds, from a Retry-After header
   */
  constructor(status, code, message, body = {}, retryAfter = 0) {
    super(message);
    this.status = status;
    this.code = code;
    this.body = body;
    this.retryAfter = retryAfter;
  }
}

/**
 * Calls the API.
 * @param {string} method
 * @param {string} path e.g. "/api/quizzes"
 * @param {*} [body] sent as JSON when given
 * @param {{body: (Blob|string), type: string}} [raw] a body sent as it is (a file), with its content type
 * @returns {Promise<*>} the parsed JSON answer, or null for an empty one
 * @throws {ApiError}
 */
export async function request(method, path, body, raw) {
  const init = { method, credentials: 'same-origin', headers: { Accept: 'application/json' } };
  if (raw) {
    init.headers['Content-Type'] = raw.type;
    init.body = raw.body;
  } else if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(path, init);
  } catch (e) {
    throw new ApiError(0, 'offline', 'The server cannot be reached. Check the network and try again.');
  }
  const text = await response.text();
  let data = null;
  if (text) {
    try { data = JSON.parse(text); } catch (e) { data = null; }
  }
  if (!response.ok) {
    const code = (data && data.error) || `http-${response.status}`;
    const message = (data && data.message) || response.statusText || `HTTP ${response.status}`;
    const retryAfter = Number(response.headers.get('Retry-After')) || 0;
    throw new ApiError(response.status, code, message, data || {}, retryAfter);
  }
  return data;
}

/** @param {string} path @returns {Promise<*>} */
export const get = (path) => request('GET', path);
/** @param {string} path @param {*} body @returns {Promise<*>} */
export const post = (path, body) => request('POST', path, body);

/** Path segment escaping for ids that go into a URL. */
export const seg = (s) => encodeURIComponent(String(s));

/**
 * Sends a file's bytes (notes, a GIFT or CSV import) as the request body.
 * @param {string} path
 * @param {Blob|string} body
 * @param {string} [type] the content type
 * @returns {Promise<*>}
 */
export const upload = (path, body, type = 'application/octet-stream') => request('POST', path, undefined, { body, type });
/** @param {string} path @param {*} body @returns {Promise<*>} */
export const put = (path, body) => request('PUT', path, body);
/** @param {string} path @returns {Promise<*>} */
export const del = (path) => request('DELETE', path);
