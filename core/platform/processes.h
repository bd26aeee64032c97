#pragma once

#include <QtGlobal>

namespace holdfast {

/// Whether a process with this id runs on this machine now (another user's counts). Written by
/// hand because Qt offers it only inside QLockFile.
bool isProcessAlive(qint64 pid);

} // namespace holdfast
