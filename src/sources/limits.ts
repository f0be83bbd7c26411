/**
 * The largest file keyguard reads, in both modes (64 MiB): a larger one is reported as not scanned, and blocks
 * unless the configuration's `allowLargeFiles` lists it.
 */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;
