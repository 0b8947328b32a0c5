/** The `code` of a Node error ("ENOENT", "EACCES", "ERR_PARSE_ARGS_UNKNOWN_OPTION"…), if it has one; undefined otherwise. */
export function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}
