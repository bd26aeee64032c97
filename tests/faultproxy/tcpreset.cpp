#include "tcpreset.h"

#include <QAbstractSocket>

#include <sys/socket.h>

namespace holdfast::faultproxy {

void resetConnection(QAbstractSocket *socket)
{
    // Qt has no socket option for lingering, so set it on the descriptor: with a zero linger
    // time the kernel answers close() with RST and drops whatever was not yet sent.
    const qintptr descriptor = socket->socketDescriptor();
    if (descriptor >= 0) {
        const linger immediate {1, 0};
        ::setsockopt(int(descriptor), SOL_SOCKET, SO_LINGER, &immediate, sizeof immediate);
    }
    socket->abort();
}

} // namespace holdfast::faultproxy
