#pragma once

#include "sales/storedatabase.h"

#include <QTemporaryDir>

#include <memory>

namespace holdfast::test {

/// A fresh store.sqlite in a temporary data directory, and a way to reopen it as a restart
/// of the register would.
class StoreFixture
{
public:
    StoreFixture() { reopen(); }

    bool isValid() const { return m_db != nullptr; }
    QString dataDir() const { return m_dir.path(); }
    sales::StoreDatabase &db() { return *m_db; }

    bool reopen()
    {
        m_db.reset();
        auto opened = sales::StoreDatabase::open(m_dir.path());
        if (!opened) {
            qWarning("store did not open: %s", qPrintable(opened.error().message));
            return false;
        }
        m_db = std::move(opened).value();
        return true;
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<sales::StoreDatabase> m_db;
};

} // namespace holdfast::test
