#include "datafiles.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace holdfast::simulator {

namespace {

constexpr qint64 maxFileSize = 1024 * 1024;

QString tr(const char *text)
{
    return QCoreApplication::translate("DataFiles", text);
}

} // namespace

Result<QDir> ensurePrivateDirectory(const QString &path)
{
    QDir dir(path);
    if (path.isEmpty() || (!dir.exists() && !dir.mkpath(u"."_s))) {
        return Error {u"data_dir_unusable"_s, tr("The data folder %1 cannot be created.").arg(path)};
    }
    // Best effort on an existing folder; the files that matter are 0600 themselves.
    QFile::setPermissions(dir.absolutePath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return dir;
}

Status writeFileAtomically(const QString &path, const QByteArray &contents, FileMode mode)
{
    QSaveFile file(path);
    const auto permissions = mode == FileMode::Private
        ? QFileDevice::ReadOwner | QFileDevice::WriteOwner
        : QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    // The permissions are set on the temporary file before any byte is written to it.
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(permissions) || file.write(contents) != contents.size()
        || !file.commit()) {
        return Error {u"file_write_failed"_s, tr("The file %1 cannot be written: %2").arg(path, file.errorString())};
    }
    return {};
}

Status writeJsonAtomically(const QString &path, const QJsonObject &object, FileMode mode)
{
    return writeFileAtomically(path, QJsonDocument(object).toJson(QJsonDocument::Compact), mode);
}

Result<QByteArray> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > maxFileSize) {
        return Error {u"file_unreadable"_s, tr("The file %1 cannot be read.").arg(path)};
    }
    return file.readAll();
}

Result<QJsonObject> readJsonObject(const QString &path)
{
    auto contents = readFile(path);
    if (!contents) {
        return contents.error();
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(contents.value(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return Error {u"file_unreadable"_s, tr("The file %1 is damaged.").arg(path)};
    }
    return document.object();
}

} // namespace holdfast::simulator
