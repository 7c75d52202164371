import CNcurses

/// The process's memory, as the platform layer sees it.
enum FreeMemory {
  /// Hands the allocator's free pages back to the system. Loading the content at start-up
  /// decodes far more than the app keeps; without this, a running session holds on to the
  /// scratch pages of that load for as long as it runs.
  static func releaseToSystem() {
    ml_release_free_memory()
  }
}
