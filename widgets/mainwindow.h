// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/session.h"

#include <QMainWindow>

class QFrame;
class QLabel;
class QLineEdit;
class QListWidget;
class QStackedWidget;

namespace cc {

class IdleWatcher;
class Workstation;

/**
 * The workstation window: on the left the workspaces the user's role may open, on the right
 * the open workspace. Locks itself (hiding all patient data) after the practice's idle time.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(Workstation &workstation, const Session &session, QWidget *parent = nullptr);
    ~MainWindow() override;

    const Session &session() const { return m_session; }
    bool isLocked() const;
    IdleWatcher *idleWatcher() const { return m_idle; }
    /// Object names of the workspaces offered to this user, in order.
    QStringList workspaceNames() const;
    /// Back up into @p folder under the suggested name instead of asking where (tests, and a
    /// practice that keeps its backups in one place).
    void setBackupFolder(const QString &folder) { m_backupFolder = folder; }
    /// The backup reminder's sentence while it shows; empty when hidden.
    QString backupReminder() const;

public slots:
    void lock();
    void showWorkspace(const QString &objectName);
    /// Asks where (unless a folder is set) and writes a backup of the practice.
    void backUp();

signals:
    void logoutRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    /// Adds a page to the workspace list with its shortcut; returns its row.
    int addWorkspace(QWidget *page, const QString &title, const QString &shortcut);
    void tryUnlock();
    void buildMenus();
    void refreshBackupReminder();

    Workstation &m_workstation;
    Session m_session;
    QStackedWidget *m_root = nullptr;
    QListWidget *m_nav = nullptr;
    QStackedWidget *m_pages = nullptr;
    QWidget *m_lockPage = nullptr;
    QLineEdit *m_unlockPassword = nullptr;
    QLabel *m_unlockMessage = nullptr;
    QLabel *m_jobStatus = nullptr;
    QFrame *m_backupReminder = nullptr;
    QLabel *m_backupReminderText = nullptr;
    QString m_backupFolder;
    IdleWatcher *m_idle = nullptr;
};

} // namespace cc
