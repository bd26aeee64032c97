#pragma once

class QAbstractSocket;

namespace holdfast::faultproxy {

/// Closes `socket` with a TCP reset (RST, SO_LINGER 0) instead of an orderly FIN, the way a
/// crashed middlebox or a dropped link looks to the peer. Pending output is discarded.
void resetConnection(QAbstractSocket *socket);

} // namespace holdfast::faultproxy
