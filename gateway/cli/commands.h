#pragma once

#include <QStringList>

/// The commands of `holdfast-gateway` (DESIGN section 7a), each given the arguments after its
/// command words and answering the process's exit code.
namespace holdfast::gateway::cli {

/// The whole command line (program name first): dispatches to one of the commands below.
int run(const QStringList &arguments);

int serve(const QStringList &arguments);
int locationAdd(const QStringList &arguments);
int locationList(const QStringList &arguments);
int deviceCodeCreate(const QStringList &arguments);
int settingsSet(const QStringList &arguments);
int settingsShow(const QStringList &arguments);
int registerList(const QStringList &arguments);
int registerRevoke(const QStringList &arguments);
int paymentsList(const QStringList &arguments);
int keysList(const QStringList &arguments);
int keysRotate(const QStringList &arguments);
int keysDestroyExpired(const QStringList &arguments);

} // namespace holdfast::gateway::cli
