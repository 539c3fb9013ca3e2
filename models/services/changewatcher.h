// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/error.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <optional>

namespace cc {

class Database;

/**
 * Notices work saved by another seat (issue 8 §2), so that queues and lists refresh without
 * anyone pressing F5.
 *
 * On SQLite it polls: every interval() it asks the database whether another connection has
 * committed since the last look (practicefile::dataVersion, one cheap PRAGMA that reads no
 * table); when one has, whether the audit trail has a new row of work — every change a
 * service makes is audited, while opening a record, a login or a saved filter is not work —
 * and emits changedElsewhere() when it has. A seat that only reads makes no one refresh. The Workstation turns that into each
 * service's own "changed" signal, which the screens already follow for their own saves; the
 * screens that hold unsaved typing (a claim being edited, a query being answered) keep it, as
 * they do for a change made in another window of this seat.
 *
 * A failed look is said once through checkFailed() and the watcher stops, rather than
 * repeating the same complaint every few seconds; start() tries again.
 */
class ChangeWatcher : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultIntervalMs = 2000;

    explicit ChangeWatcher(Database &db, QObject *parent = nullptr);

    void setInterval(int ms);
    int interval() const { return m_timer.interval(); }
    bool isActive() const { return m_timer.isActive(); }

    /// Starts polling; the first look only notes where the database stands.
    void start();
    void stop();

    /// Looks once, now: true when another connection has committed since the last look (and
    /// changedElsewhere() was emitted).
    Result<bool> checkNow();

    /**
     * While @p hold returns true, polling leaves a change for a later look instead of
     * announcing it. The window holds while a dialog is open: an action confirmed in a dialog
     * acts on the row it was opened for, not on one a refresh moved the selection to.
     */
    void setHold(std::function<bool()> hold) { m_hold = std::move(hold); }

signals:
    void changedElsewhere();
    /// A look failed; polling has stopped. @p error says why in a sentence.
    void checkFailed(const cc::Error &error);

private:
    void poll();

    Database &m_db;
    QTimer m_timer;
    std::optional<qint64> m_seen;
    std::optional<qint64> m_lastWork; ///< the newest audit row of work seen
    std::function<bool()> m_hold;
};

} // namespace cc
