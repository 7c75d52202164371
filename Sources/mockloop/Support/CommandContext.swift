import ArgumentParser
import Foundation
import MockLoopKit
import MockLoopTUI

/// What the commands share: the environment, the content and the store, each opened on demand
/// and turned into a clear `CLIError` when it fails.
struct CommandContext {
  var environment = ProcessInfo.processInfo.environment

  var dataFolder: URL { DataLocation.folder(environment: environment) }

  /// The store, for commands that write.
  func openStore() throws -> SessionStore {
    do {
      return try SessionStore.open(folder: dataFolder)
    } catch let error as StoreError {
      throw CLIError(error.description)
    }
  }

  /// The store, for commands that only read: when it cannot be written (a read-only disk, no
  /// write permission, a full disk) it is opened read-only, with a note on stderr.
  func openStoreForReading() throws -> SessionStore {
    do {
      return try SessionStore.open(folder: dataFolder)
    } catch let error as StoreError where error.allowsReading {
      do {
        let store = try SessionStore.open(folder: dataFolder, mode: .readOnly)
        Output.error("note: \(error.description)")
        return store
      } catch let second as StoreError {
        throw CLIError(second.description)
      }
    } catch let error as StoreError {
      throw CLIError(error.description)
    }
  }

  /// The built-in and user content; parsed files are cached unless `cached` is false (lint).
  func loadContent(cached: Bool = true) -> ContentLibrary {
    ContentLibrary.load(
      from: ContentLocations.standard(environment: environment),
      cache: cached ? ContentCache.standard(environment: environment) : nil)
  }

  /// The content as far as the statistics need it: the content index's outline (questions
  /// without follow-up texts or drills) when it is up to date, else the full library.
  func loadOutline() -> ContentLibrary { ContentLibrary.loadOutline(environment: environment) }

  /// Resolves "last", a full id or an unambiguous prefix to a stored session; a session that
  /// cannot be read is an error that says what is wrong with it.
  func session(_ reference: String, in store: SessionStore) throws -> Session {
    do {
      guard let id = try store.resolveSessionID(reference), let session = try store.session(id: id) else {
        throw CLIError(
          reference == "last" ? "there are no sessions yet" : StoreError.sessionNotFound(reference).description)
      }
      return session
    } catch let error as StoreError {
      throw CLIError(error.description)
    }
  }
}
