<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Money</name>
    <message numerus="yes">
        <source>%1 amounts have at most %n decimal place(s).</source>
        <translation>
            <numerusform>%1 amounts have at most %n decimal place.</numerusform>
            <numerusform>%1 amounts have at most %n decimal places.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OfflinePolicy</name>
    <message numerus="yes">
        <source>This register already holds %n offline payment(s), the most it may. Reconnect to upload them before taking more offline.</source>
        <translation>
            <numerusform>This register already holds %n offline payment, the most it may. Reconnect to upload it before taking more offline.</numerusform>
            <numerusform>This register already holds %n offline payments, the most it may. Reconnect to upload them before taking more offline.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The oldest offline payment is more than %n hour(s) old. Reconnect to upload it before taking more offline.</source>
        <translation>
            <numerusform>The oldest offline payment is more than %n hour old. Reconnect to upload it before taking more offline.</numerusform>
            <numerusform>The oldest offline payment is more than %n hours old. Reconnect to upload it before taking more offline.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShiftReporter</name>
    <message numerus="yes">
        <source>%n sale(s) are still open: finish or cancel them.</source>
        <translation>
            <numerusform>%n sale is still open: finish or cancel it.</numerusform>
            <numerusform>%n sales are still open: finish or cancel them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n offline card payment(s) totalling %1 are not uploaded yet.</source>
        <translation>
            <numerusform>%n offline card payment totalling %1 is not uploaded yet.</numerusform>
            <numerusform>%n offline card payments totalling %1 are not uploaded yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card payment(s) of this shift, totalling %1, have no final answer yet.</source>
        <translation>
            <numerusform>%n card payment of this shift, totalling %1, has no final answer yet.</numerusform>
            <numerusform>%n card payments of this shift, totalling %1, have no final answer yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n offline card payment(s), totalling %1, were declined after the sale; %2 without a customer contact.</source>
        <translation>
            <numerusform>%n offline card payment, totalling %1, was declined after the sale; %2 without a customer contact.</numerusform>
            <numerusform>%n offline card payments, totalling %1, were declined after the sale; %2 without a customer contact.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffStore</name>
    <message numerus="yes">
        <source>Too many wrong PINs for %1. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many wrong PINs for %1. Try again in %n second.</numerusform>
            <numerusform>Too many wrong PINs for %1. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. Too many wrong PINs: %1 is locked out for %n second(s).</source>
        <translation>
            <numerusform>Wrong PIN. Too many wrong PINs: %1 is locked out for %n second.</numerusform>
            <numerusform>Wrong PIN. Too many wrong PINs: %1 is locked out for %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimeText</name>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>%n s ago</numerusform>
            <numerusform>%n s ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>holdfast::ui::CatalogPanel</name>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n product</numerusform>
            <numerusform>%n products</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>holdfast::ui::MainWindow</name>
    <message numerus="yes">
        <source>%n card payment(s) (%1) have not reached the gateway yet.</source>
        <translation>
            <numerusform>%n card payment (%1) has not reached the gateway yet.</numerusform>
            <numerusform>%n card payments (%1) have not reached the gateway yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>holdfast::ui::OfflineModeDialog</name>
    <message numerus="yes">
        <source>• No new offline payment once the oldest waiting one is %n hour(s) old</source>
        <translation>
            <numerusform>• No new offline payment once the oldest waiting one is %n hour old</numerusform>
            <numerusform>• No new offline payment once the oldest waiting one is %n hours old</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• Each must reach the gateway within %n hour(s)</source>
        <translation>
            <numerusform>• Each must reach the gateway within %n hour</numerusform>
            <numerusform>• Each must reach the gateway within %n hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>holdfast::ui::QueueDialog</name>
    <message numerus="yes">
        <source>%n payment(s) listed.</source>
        <translation>
            <numerusform>%n payment listed.</numerusform>
            <numerusform>%n payments listed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting to upload (%1).</source>
        <translation>
            <numerusform>%n waiting to upload (%1).</numerusform>
            <numerusform>%n waiting to upload (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Uploading %n payment(s) now…</source>
        <translation>
            <numerusform>Uploading %n payment now…</numerusform>
            <numerusform>Uploading %n payments now…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unconfirmed: nobody saw the outcome; a manager keeps or voids each.</source>
        <translation>
            <numerusform>%n unconfirmed: nobody saw the outcome; a manager keeps or voids it.</numerusform>
            <numerusform>%n unconfirmed: nobody saw the outcome; a manager keeps or voids each.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n void(s) waiting for the gateway.</source>
        <translation>
            <numerusform>%n void waiting for the gateway.</numerusform>
            <numerusform>%n voids waiting for the gateway.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>holdfast::ui::ShiftReportDialog</name>
    <message numerus="yes">
        <source>%1 (%n)</source>
        <translation>
            <numerusform>%1 (%n)</numerusform>
            <numerusform>%1 (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reminders</name>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) being sent to the gateway.</source>
        <translation>
            <numerusform>%n payment being sent to the gateway.</numerusform>
            <numerusform>%n payments being sent to the gateway.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline: %n payment(s) (%1) waiting to upload. %2 left to reconnect.</source>
        <translation>
            <numerusform>Offline: %n payment (%1) waiting to upload. %2 left to reconnect.</numerusform>
            <numerusform>Offline: %n payments (%1) waiting to upload. %2 left to reconnect.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reconnect soon: %n payment(s) (%1) must upload within %2.</source>
        <translation>
            <numerusform>Reconnect soon: %n payment (%1) must upload within %2.</numerusform>
            <numerusform>Reconnect soon: %n payments (%1) must upload within %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Upload deadline passed: %n payment(s) (%1) may be declined. Reconnect now and call the office.</source>
        <translation>
            <numerusform>Upload deadline passed: %n payment (%1) may be declined. Reconnect now and call the office.</numerusform>
            <numerusform>Upload deadline passed: %n payments (%1) may be declined. Reconnect now and call the office.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The gateway no longer accepts this register&apos;s pairing: %n payment(s) (%1) cannot be sent. A manager must pair the register again.</source>
        <translation>
            <numerusform>The gateway no longer accepts this register&apos;s pairing: %n payment (%1) cannot be sent. A manager must pair the register again.</numerusform>
            <numerusform>The gateway no longer accepts this register&apos;s pairing: %n payments (%1) cannot be sent. A manager must pair the register again.</numerusform>
        </translation>
    </message>
</context>
</TS>
