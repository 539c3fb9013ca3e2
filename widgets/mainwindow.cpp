// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"
#include "admin/codesetswidget.h"
#include "admin/feeschedulewidget.h"
#include "admin/settingswidget.h"
#include "biller/batchview.h"
#include "biller/claimswidget.h"
#include "biller/denialswidget.h"
#include "biller/handoffwidget.h"
#include "biller/paymentswidget.h"
#include "biller/receivableswidget.h"
#include "biller/statementswidget.h"
#include "biller/submissionswidget.h"
#include "coder/coderworkspace.h"
#include "common/errorbox.h"
#include "common/idlewatcher.h"
#include "manager/audittrailwidget.h"
#include "manager/codingauditwidget.h"
#include "manager/dashboardwidget.h"
#include "manager/handofflogwidget.h"
#include "manager/payerruleswidget.h"
#include "manager/templateswidget.h"
#include "provider/providerinboxwidget.h"
#include "services/auditservice.h"
#include "services/authservice.h"
#include "services/backupservice.h"
#include "services/changewatcher.h"
#include "services/claimservice.h"
#include "services/codingauditservice.h"
#include "services/denialservice.h"
#include "itemmodels/batchclaimmodel.h"
#include "services/editdataservice.h"
#include "services/handoffservice.h"
#include "services/postingservice.h"
#include "services/practiceservice.h"
#include "services/queryservice.h"
#include "services/submissionservice.h"
#include "services/workstation.h"
#include "storage/database.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

#include <algorithm>

namespace cc {

MainWindow::MainWindow(Workstation &workstation, const Session &session, QWidget *parent)
    : QMainWindow(parent), m_workstation(workstation), m_session(session)
{
    setObjectName(QStringLiteral("mainWindow"));
    QString practiceName;
    if (auto p = m_workstation.practice().practice(); p && p.value())
        practiceName = p.value()->name;
    setWindowTitle(tr("CleanClaim — %1").arg(practiceName));

    m_root = new QStackedWidget;
    auto *work = new QSplitter(Qt::Horizontal);
    m_nav = new QListWidget;
    m_nav->setObjectName(QStringLiteral("workspaceList"));
    m_nav->setAccessibleName(tr("Workspaces"));
    m_nav->setMaximumWidth(220);
    m_pages = new QStackedWidget;
    work->addWidget(m_nav);
    work->addWidget(m_pages);
    work->setStretchFactor(1, 1);

    // The backup reminder, above the work, for those who may back up (issue 8 §5).
    m_backupReminder = new QFrame;
    m_backupReminder->setObjectName(QStringLiteral("backupReminder"));
    m_backupReminder->setFrameShape(QFrame::StyledPanel);
    m_backupReminder->setStyleSheet(QStringLiteral(
            "#backupReminder { background: #fff4ce; border: 1px solid #c19c00; }"));
    auto *reminderRow = new QHBoxLayout(m_backupReminder);
    reminderRow->setContentsMargins(8, 4, 8, 4);
    auto *reminderIcon = new QLabel(tr("Backup:"));
    reminderIcon->setStyleSheet(QStringLiteral("font-weight: bold;"));
    m_backupReminderText = new QLabel;
    m_backupReminderText->setObjectName(QStringLiteral("backupReminderText"));
    m_backupReminderText->setWordWrap(true);
    auto *backUpNow = new QPushButton(tr("&Back up now…"));
    backUpNow->setObjectName(QStringLiteral("backUpNow"));
    auto *later = new QPushButton(tr("Later"));
    later->setObjectName(QStringLiteral("backupLater"));
    later->setToolTip(tr("Hide the reminder until you log in again"));
    reminderRow->addWidget(reminderIcon);
    reminderRow->addWidget(m_backupReminderText, 1);
    reminderRow->addWidget(backUpNow);
    reminderRow->addWidget(later);
    connect(backUpNow, &QPushButton::clicked, this, &MainWindow::backUp);
    connect(later, &QPushButton::clicked, m_backupReminder, &QWidget::hide);
    m_backupReminder->hide();

    auto *workPage = new QWidget;
    auto *workLayout = new QVBoxLayout(workPage);
    workLayout->setContentsMargins(0, 0, 0, 0);
    workLayout->setSpacing(0);
    workLayout->addWidget(m_backupReminder);
    workLayout->addWidget(work, 1);
    m_root->addWidget(workPage);

    // The workspaces this role may open, and only those.
    if (m_session.can(Permission::ViewCoderQueue)) {
        auto *queue = new CoderWorkspace(m_session, m_workstation);
        connect(queue, &CoderWorkspace::statusMessageRequested, this,
                [this](const QString &m) { m_jobStatus->setText(m); });
        addWorkspace(queue, tr("Coder queue"), QStringLiteral("Ctrl+1"));
    }
    if (m_session.can(Permission::AnswerQuery))
        addWorkspace(new ProviderInboxWidget(m_session, m_workstation.queries(),
                                             m_workstation.encounters()),
                     tr("Queries"), QStringLiteral("Ctrl+2"));
    if (m_session.can(Permission::ReviewHandoff)) {
        auto *handoff = new HandoffWidget(m_session, m_workstation.handoff(),
                                          m_workstation.encounters());
        connect(handoff, &HandoffWidget::statusMessageRequested, this,
                [this](const QString &m) { m_jobStatus->setText(m); });
        addWorkspace(handoff, tr("Handoff"), QStringLiteral("Ctrl+3"));
    }
    if (m_session.can(Permission::ManageClaims)) {
        auto *claimsPage = new ClaimsWidget(m_session, m_workstation.claims(),
                                            m_workstation.practice());
        auto *submissions = new SubmissionsWidget(m_session, m_workstation.submissions(),
                                                  m_workstation.claims());
        connect(claimsPage, &ClaimsWidget::statusMessageRequested, this,
                [this](const QString &m) { m_jobStatus->setText(m); });
        connect(submissions, &SubmissionsWidget::statusMessageRequested, this,
                [this](const QString &m) { m_jobStatus->setText(m); });
        const int claimsRow = addWorkspace(claimsPage, tr("Claims"),
                                           QStringLiteral("Ctrl+Shift+C"));
        const int submissionsRow = addWorkspace(submissions, tr("Submissions"),
                                                QStringLiteral("Ctrl+Shift+B"));
        // An accepted encounter becomes a claim: the Claims screen follows the handoff.
        connect(&m_workstation.handoff(), &HandoffService::handoffChanged, claimsPage,
                &ClaimsWidget::refreshFromElsewhere);
        connect(submissions, &SubmissionsWidget::openClaimRequested, this,
                [this, claimsPage, claimsRow](qint64 id) {
                    m_nav->setCurrentRow(claimsRow);
                    claimsPage->openClaim(id);
                });
        connect(claimsPage, &ClaimsWidget::sendRequested, this,
                [this, submissions, submissionsRow](const QList<qint64> &ids) {
                    m_nav->setCurrentRow(submissionsRow);
                    submissions->showPage(SubmissionsWidget::Page::Batches);
                    submissions->readyModel()->setAllChecked(false);
                    for (qint64 id : ids)
                        submissions->readyModel()->setChecked(id, true);
                    submissions->batchView()->writeBatch();
                });
        // Payments: ERA and paper EOB posting; a posted claim opens in Claims.
        PaymentsWidget *payments = nullptr;
        if (m_session.can(Permission::PostPayments)) {
            payments = new PaymentsWidget(m_session, m_workstation.payments(),
                                                m_workstation.claims(), m_workstation.practice());
            connect(payments, &PaymentsWidget::statusMessageRequested, this,
                    [this](const QString &m) { m_jobStatus->setText(m); });
            addWorkspace(payments, tr("Payments"), QStringLiteral("Ctrl+Shift+P"));
            connect(payments, &PaymentsWidget::openClaimRequested, this,
                    [this, claimsPage, claimsRow](qint64 id) {
                        m_nav->setCurrentRow(claimsRow);
                        claimsPage->openClaim(id);
                    });
        }
        // Denials: worked here, the corrected claim opens in Claims.
        auto *denials = new DenialsWidget(m_session, m_workstation.denials(),
                                          m_workstation.claims());
        connect(denials, &DenialsWidget::statusMessageRequested, this,
                [this](const QString &m) { m_jobStatus->setText(m); });
        addWorkspace(denials, tr("Denials"), QStringLiteral("Ctrl+Shift+D"));
        connect(denials, &DenialsWidget::openClaimRequested, this,
                [this, claimsPage, claimsRow](qint64 id) {
                    m_nav->setCurrentRow(claimsRow);
                    claimsPage->openClaim(id);
                });
        // Patient statements are patient accounting, beside payment posting.
        StatementsWidget *statements = nullptr;
        if (m_session.can(Permission::PostPayments)) {
            statements = new StatementsWidget(m_session, m_workstation.statements());
            connect(statements, &StatementsWidget::statusMessageRequested, this,
                    [this](const QString &m) { m_jobStatus->setText(m); });
            addWorkspace(statements, tr("Statements"), QStringLiteral("Ctrl+Shift+M"));
        }
        // A/R: aging and the follow-up of unpaid claims, which open in Claims.
        auto *receivables = new ReceivablesWidget(m_session, m_workstation.receivables());
        connect(receivables, &ReceivablesWidget::statusMessageRequested, this,
                [this](const QString &m) { m_jobStatus->setText(m); });
        addWorkspace(receivables, tr("A/R"), QStringLiteral("Ctrl+Shift+G"));
        connect(receivables, &ReceivablesWidget::openClaimRequested, this,
                [this, claimsPage, claimsRow](qint64 id) {
                    m_nav->setCurrentRow(claimsRow);
                    claimsPage->openClaim(id);
                });
        // A posting opens denials, moves balances and may bill a secondary claim; a denial
        // worked moves balances too: the screens that show them follow.
        connect(&m_workstation.payments(), &PostingService::postingsChanged, denials,
                &DenialsWidget::reload);
        connect(&m_workstation.payments(), &PostingService::postingsChanged, receivables,
                &ReceivablesWidget::reload);
        connect(&m_workstation.payments(), &PostingService::postingsChanged, claimsPage,
                &ClaimsWidget::refreshFromElsewhere);
        connect(&m_workstation.denials(), &DenialService::denialsChanged, receivables,
                &ReceivablesWidget::reload);
        if (statements) {
            connect(&m_workstation.payments(), &PostingService::postingsChanged, statements,
                    &StatementsWidget::reload);
            connect(&m_workstation.denials(), &DenialService::denialsChanged, statements,
                    &StatementsWidget::reload);
        }
    }
    // The manager's measures, first of the manager's own workspaces; a claim behind a measure
    // opens in Claims. Whatever moves a measure marks it stale (read again when shown).
    if (m_session.can(Permission::ViewDashboard)) {
        auto *dashboard = new DashboardWidget(m_session, m_workstation.measures());
        dashboard->setPracticeName(practiceName);
        connect(dashboard, &DashboardWidget::statusMessageRequested, this,
                [this](const QString &m) { m_jobStatus->setText(m); });
        addWorkspace(dashboard, tr("Dashboard"), QStringLiteral("Ctrl+Shift+K"));
        if (auto *claimsPage = m_pages->findChild<ClaimsWidget *>()) {
            connect(dashboard, &DashboardWidget::openClaimRequested, this,
                    [this, claimsPage](qint64 id) {
                        showWorkspace(QStringLiteral("claims"));
                        claimsPage->openClaim(id);
                    });
        }
        // An encounter behind a measure (a query, an audit, a handoff) opens in the coding panel
        // of a user who codes; without one the list stays open (DashboardWidget checks).
        if (auto *coding = m_pages->findChild<CoderWorkspace *>(); coding && coding->panel()) {
            connect(dashboard, &DashboardWidget::openEncounterRequested, this,
                    [this, coding](qint64 id) {
                        showWorkspace(QStringLiteral("coderQueue"));
                        coding->openEncounter(id);
                    });
        }
        connect(&m_workstation.payments(), &PostingService::postingsChanged, dashboard,
                &DashboardWidget::invalidate);
        connect(&m_workstation.denials(), &DenialService::denialsChanged, dashboard,
                &DashboardWidget::invalidate);
        connect(&m_workstation.handoff(), &HandoffService::handoffChanged, dashboard,
                &DashboardWidget::invalidate);
        connect(&m_workstation.claims(), &ClaimService::claimsChanged, dashboard,
                &DashboardWidget::invalidate);
        connect(&m_workstation.submissions(), &SubmissionService::submissionsChanged, dashboard,
                &DashboardWidget::invalidate);
        connect(&m_workstation.queries(), &QueryService::queriesChanged, dashboard,
                &DashboardWidget::invalidate);
        connect(&m_workstation.codingAudits(), &CodingAuditService::codingAuditsChanged,
                dashboard, &DashboardWidget::invalidate);
    }
    if (m_session.can(Permission::ViewHandoffLog)) {
        auto *log = new HandoffLogWidget(m_session, m_workstation.handoffLog());
        connect(&m_workstation.handoff(), &HandoffService::handoffChanged, log,
                &HandoffLogWidget::reload);
        addWorkspace(log, tr("Handoff log"), QStringLiteral("Ctrl+4"));
    }
    // Coding audits: managers draw and read them; coders recode each other's work blind.
    if (m_session.can(Permission::RecodeAudit)) {
        auto *audits = new CodingAuditWidget(m_session, m_workstation.codingAudits(),
                                             m_workstation.codes());
        connect(audits, &CodingAuditWidget::statusMessageRequested, this,
                [this](const QString &m) { m_jobStatus->setText(m); });
        addWorkspace(audits, tr("Coding audit"), QStringLiteral("Ctrl+Shift+U"));
    }
    if (m_session.can(Permission::ManagePayerRules))
        addWorkspace(new PayerRulesWidget(m_session, m_workstation.payerRules(),
                                          m_workstation.practice()),
                     tr("Payer rules"), QStringLiteral("Ctrl+0"));
    if (m_session.can(Permission::ManageTemplates))
        addWorkspace(new TemplatesWidget(m_session, m_workstation.templates()), tr("Templates"),
                     QStringLiteral("Ctrl+6"));
    if (m_session.can(Permission::ManageCodeSets)) {
        auto *codeSets = new CodeSetsWidget(m_session, m_workstation.codes(),
                                            m_workstation.database().path());
        codeSets->setEditData(&m_workstation.editData());
        addWorkspace(codeSets, tr("Code sets"), QStringLiteral("Ctrl+7"));
    }
    if (m_session.can(Permission::ManageFeeSchedule))
        addWorkspace(new FeeScheduleWidget(m_session, m_workstation.practice()),
                     tr("Fee schedule"), QStringLiteral("Ctrl+8"));
    if (m_session.can(Permission::ManageSettings)) {
        auto *settings = new SettingsWidget(m_session, m_workstation.practice());
        settings->setSubmissions(&m_workstation.submissions());
        connect(settings, &SettingsWidget::idleLockChanged, this,
                [this](int minutes) { m_idle->setTimeout(minutes * 60 * 1000); });
        addWorkspace(settings, tr("Settings"), QStringLiteral("Ctrl+5"));
    }
    if (m_session.can(Permission::ViewAuditTrail))
        addWorkspace(new AuditTrailWidget(m_session, m_workstation.audit()), tr("Audit trail"),
                     QStringLiteral("Ctrl+9"));
    if (m_nav->count() == 0) {
        auto *none = new QLabel(tr("This version of CleanClaim has no workspace yet for the %1 "
                                   "role. Log out (Ctrl+Shift+Q) and log in with another account.")
                                        .arg(roles::displayName(m_session.role)));
        none->setObjectName(QStringLiteral("noWorkspace"));
        none->setWordWrap(true);
        none->setAlignment(Qt::AlignCenter);
        m_pages->addWidget(none);
        m_nav->hide();
    }
    // The list is as wide as its longest workspace name in the user's language, so that no
    // name is cut off ("Coding audit", "Auditoría de codificación"), within reason.
    const int navWidth = m_nav->sizeHintForColumn(0) + 2 * m_nav->frameWidth() + 12;
    m_nav->setMaximumWidth(std::clamp(navWidth, 140, 320));
    m_nav->setMinimumWidth(std::min(navWidth, 320));
    connect(m_nav, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_nav->setCurrentRow(0);

    // The lock page: nothing of the work shows while locked.
    m_lockPage = new QWidget;
    m_lockPage->setObjectName(QStringLiteral("lockPage"));
    auto *lockLayout = new QVBoxLayout(m_lockPage);
    lockLayout->addStretch(1);
    auto *lockTitle = new QLabel(tr("<h2>Locked</h2><p>CleanClaim locked itself after a while "
                                    "without use. %1, enter your password to go on.</p>")
                                         .arg(m_session.fullName.toHtmlEscaped()));
    lockTitle->setAlignment(Qt::AlignCenter);
    lockLayout->addWidget(lockTitle);
    auto *row = new QHBoxLayout;
    m_unlockPassword = new QLineEdit;
    m_unlockPassword->setObjectName(QStringLiteral("unlockPassword"));
    m_unlockPassword->setEchoMode(QLineEdit::Password);
    m_unlockPassword->setAccessibleName(tr("Password"));
    m_unlockPassword->setMaximumWidth(280);
    auto *unlock = new QPushButton(tr("&Unlock"));
    unlock->setObjectName(QStringLiteral("unlockButton"));
    auto *logout = new QPushButton(tr("Log &out"));
    row->addStretch(1);
    row->addWidget(m_unlockPassword);
    row->addWidget(unlock);
    row->addWidget(logout);
    row->addStretch(1);
    lockLayout->addLayout(row);
    m_unlockMessage = new QLabel;
    m_unlockMessage->setObjectName(QStringLiteral("unlockMessage"));
    m_unlockMessage->setAlignment(Qt::AlignCenter);
    m_unlockMessage->setStyleSheet(QStringLiteral("color: #b00020;"));
    lockLayout->addWidget(m_unlockMessage);
    lockLayout->addStretch(2);
    m_root->addWidget(m_lockPage);
    connect(unlock, &QPushButton::clicked, this, &MainWindow::tryUnlock);
    connect(m_unlockPassword, &QLineEdit::returnPressed, this, &MainWindow::tryUnlock);
    connect(logout, &QPushButton::clicked, this, &MainWindow::logoutRequested);

    setCentralWidget(m_root);
    buildMenus();

    QString practiceLine = practiceName;
    statusBar()->addPermanentWidget(new QLabel(
            tr("%1 (%2) · %3 · %4")
                    .arg(m_session.fullName, roles::displayName(m_session.role), practiceLine,
                         QDir::toNativeSeparators(m_workstation.database().path()))));
    m_jobStatus = new QLabel;
    m_jobStatus->setObjectName(QStringLiteral("jobStatus"));
    statusBar()->addWidget(m_jobStatus, 1);

    m_idle = new IdleWatcher(this);
    int minutes = 10;
    if (auto m = m_workstation.practice().idleLockMinutes())
        minutes = m.value();
    m_idle->setTimeout(minutes * 60 * 1000);
    connect(m_idle, &IdleWatcher::idle, this, &MainWindow::lock);

    refreshBackupReminder();

    // Work saved on another seat refreshes every queue here (issue 8 §2).
    ChangeWatcher &changes = m_workstation.changes();
    connect(&changes, &ChangeWatcher::changedElsewhere, this, [this] {
        statusBar()->showMessage(tr("Lists updated with work saved on another seat."), 5000);
    });
    connect(&changes, &ChangeWatcher::checkFailed, this, [this](const Error &error) {
        ui::showError(this, tr("Other seats"),
                      Error::make(error.kind,
                                  tr("Work saved on other seats can no longer be shown here as it "
                                     "happens: %1 Lists still refresh after your own work and "
                                     "with F5.")
                                          .arg(error.userMessage),
                                  error.detail));
    });
    // Not while a dialog or a menu is open: the row it acts on must stay the row it was for.
    changes.setHold([] {
        return QApplication::activeModalWidget() != nullptr
                || QApplication::activePopupWidget() != nullptr;
    });
    changes.start();

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    if (!settings.contains(QStringLiteral("mainWindow/geometry")))
        resize(1360, 820);
}

MainWindow::~MainWindow()
{
    m_workstation.changes().stop();
    m_workstation.changes().setHold({});
}

void MainWindow::buildMenus()
{
    auto *file = menuBar()->addMenu(tr("&File"));
    auto *lockAction = file->addAction(tr("&Lock screen"), this, &MainWindow::lock);
    lockAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+L")));
    auto *logout = file->addAction(tr("Log &out"), this, &MainWindow::logoutRequested);
    logout->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+Q")));
    if (m_session.can(Permission::BackUpPractice)) {
        file->addSeparator();
        auto *backup = file->addAction(tr("&Back up practice…"), this, &MainWindow::backUp);
        backup->setObjectName(QStringLiteral("backUpAction"));
        backup->setShortcut(QKeySequence(QStringLiteral("Ctrl+Alt+B")));
    }
    file->addSeparator();
    auto *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    auto *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About CleanClaim"), this, [this] {
        QMessageBox::about(this, tr("About CleanClaim"),
                           tr("<h3>CleanClaim %1</h3><p>A coder–biller workstation for small "
                              "medical practices.</p><p>CPT is a registered trademark of the "
                              "American Medical Association. CleanClaim ships no CPT "
                              "descriptors.</p>")
                                   .arg(QCoreApplication::applicationVersion()));
    });
}

void MainWindow::refreshBackupReminder()
{
    auto text = m_workstation.backups().reminder(m_session);
    if (!text) {
        // The reminder is a courtesy: a failure to read it must not stop the work.
        m_backupReminderText->setText(text.error().userMessage);
        m_backupReminder->show();
        return;
    }
    m_backupReminderText->setText(text.value());
    m_backupReminder->setVisible(!text->isEmpty());
}

QString MainWindow::backupReminder() const
{
    return m_backupReminder->isHidden() ? QString() : m_backupReminderText->text();
}

void MainWindow::backUp()
{
    if (isLocked())
        return;
    const QDate today = QDate::currentDate();
    QString path;
    if (!m_backupFolder.isEmpty()) {
        path = BackupService::suggestedFile(m_backupFolder, today);
    } else {
        QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        if (auto last = m_workstation.backups().lastBackup(); last && last.value())
            folder = QFileInfo(last.value()->file).absolutePath();
        path = QFileDialog::getSaveFileName(this, tr("Back up the practice"),
                                            BackupService::suggestedFile(folder, today),
                                            tr("CleanClaim backups (*.sqlite)"), nullptr,
                                            QFileDialog::DontConfirmOverwrite);
        if (path.isEmpty())
            return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto done = m_workstation.backups().backUp(m_session, path);
    QApplication::restoreOverrideCursor();
    if (!done) {
        ui::showError(this, tr("Back up"), done.error());
        return;
    }
    refreshBackupReminder();
    statusBar()->showMessage(tr("Backed up to %1 (%2). Keep a copy on another disk.")
                                     .arg(QDir::toNativeSeparators(done->file),
                                          QLocale().formattedDataSize(done->bytes)),
                             15000);
}

int MainWindow::addWorkspace(QWidget *page, const QString &title, const QString &shortcut)
{
    m_pages->addWidget(page);
    auto *item = new QListWidgetItem(title, m_nav);
    item->setData(Qt::UserRole, page->objectName());
    item->setToolTip(tr("%1 (%2)").arg(title, shortcut));
    auto *action = new QAction(this);
    action->setShortcut(QKeySequence(shortcut));
    addAction(action);
    const int row = m_nav->count() - 1;
    connect(action, &QAction::triggered, this, [this, row] {
        if (!isLocked())
            m_nav->setCurrentRow(row);
    });
    return row;
}

QStringList MainWindow::workspaceNames() const
{
    QStringList names;
    for (int i = 0; i < m_nav->count(); ++i)
        names.append(m_nav->item(i)->data(Qt::UserRole).toString());
    return names;
}

void MainWindow::showWorkspace(const QString &objectName)
{
    const int i = int(workspaceNames().indexOf(objectName));
    if (i >= 0)
        m_nav->setCurrentRow(i);
}

bool MainWindow::isLocked() const
{
    return m_root->currentWidget() == m_lockPage;
}

void MainWindow::lock()
{
    if (isLocked())
        return;
    (void)m_workstation.audit().record(m_session, QStringLiteral("lock"), QStringLiteral("user"),
                                       m_session.userId);
    m_idle->setActive(false);
    m_unlockPassword->clear();
    m_unlockMessage->clear();
    menuBar()->setEnabled(false);
    m_root->setCurrentWidget(m_lockPage);
    m_unlockPassword->setFocus();
}

void MainWindow::tryUnlock()
{
    auto r = m_workstation.auth().unlock(m_session, m_unlockPassword->text());
    m_unlockPassword->clear();
    if (!r) {
        if (r.error().kind == Error::Kind::Auth)
            m_unlockMessage->setText(r.error().userMessage);
        else
            ui::showError(this, tr("Unlock"), r.error());
        return;
    }
    menuBar()->setEnabled(true);
    m_root->setCurrentIndex(0);
    m_idle->setActive(true);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    QMainWindow::closeEvent(event);
}

} // namespace cc
