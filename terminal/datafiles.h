#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QDir>
#include <QJsonObject>
#include <QString>

/// The terminal's data folder: small files written whole and atomically (QSaveFile), so a
/// crash or a kill at any instant leaves either the old or the new content, never a mix.
namespace holdfast::simulator {

/// Who may read a file: the owner only (keys, secrets' hashes, sales) or everyone.
enum class FileMode { Private, Public };

/// Creates `path` (and parents) if needed, readable by its owner only.
Result<QDir> ensurePrivateDirectory(const QString &path);
/// Replaces `path` with `contents` (write, flush, fsync, rename).
Status writeFileAtomically(const QString &path, const QByteArray &contents, FileMode mode);
Status writeJsonAtomically(const QString &path, const QJsonObject &object, FileMode mode);
/// The contents of `path`; error "file_unreadable" when it cannot be read. Files are small.
Result<QByteArray> readFile(const QString &path);
/// A JSON object file; error "file_unreadable" when it is missing, unreadable or not an object.
Result<QJsonObject> readJsonObject(const QString &path);

} // namespace holdfast::simulator
