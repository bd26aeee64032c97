#pragma once

#include <QSslConfiguration>
#include <QTcpServer>

#include <optional>

namespace holdfast::gateway {

/// The listening server QHttpServer binds to (plain, or TLS with `tls`), whose connections
/// acknowledge every segment at once. Qt's HTTP client sends a request body larger than 16 KiB
/// in several writes with Nagle's algorithm on; on loopback (64 KiB segments) each later write
/// then waits for the server's delayed ACK — 40 ms per upload batch. Linux's TCP_QUICKACK
/// lasts only until the kernel leaves quick-ack mode, so it is set again on every read.
QTcpServer *createQuickAckServer(const std::optional<QSslConfiguration> &tls, QObject *parent);

} // namespace holdfast::gateway
