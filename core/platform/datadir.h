#pragma once

#include <QString>

namespace holdfast {

/// Where the register keeps its vault and settings unless told otherwise (--data DIR): the
/// platform's app-data folder (~/.local/share/holdfast on Linux), never a cache folder, and
/// the same for the register UI and holdfastctl.
QString defaultDataDir();

} // namespace holdfast
