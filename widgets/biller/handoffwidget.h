// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/handoff.h"
#include "domain/session.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace cc {

class EncounterService;
class HandoffModel;
class HandoffService;
class InlineMessage;

/**
 * The biller's Handoff view: coded work arriving from the coders, oldest first, with the
 * coder's note, the scrubber's findings and how long it has waited. The biller reads the codes
 * and findings, overrides an error finding with a reason when it is right as it is, accepts
 * the work (Ctrl+Enter: a draft claim is made) or returns it to the coder (Ctrl+R) with a
 * reason from the pick-list.
 */
class HandoffWidget : public QWidget
{
    Q_OBJECT
public:
    HandoffWidget(const Session &session, HandoffService &handoff, EncounterService &encounters,
                  QWidget *parent = nullptr);

    HandoffModel *model() const { return m_model; }
    /// The encounter shown in the detail pane (0 when none).
    qint64 currentEncounterId() const;

public slots:
    void reload();
    bool acceptCurrent();
    /// Asks for the reason, then returns the current encounter to the coder.
    bool returnCurrent();
    /// Returns without asking (the dialog's result), for the keyboard path and tests.
    bool returnCurrentWith(const QString &reasonKey, const QString &text);
    /// Asks for the reason, then overrides the selected error finding.
    bool overrideSelected();
    bool overrideSelectedWith(const QString &reason);

signals:
    void statusMessageRequested(const QString &text);

private:
    void showCurrent();
    void updateActions();
    QString suggestedReason() const;

    Session m_session;
    HandoffService &m_handoff;
    EncounterService &m_encounters;
    HandoffModel *m_model = nullptr;
    QList<StoredFinding> m_findings;

    InlineMessage *m_message = nullptr;
    QLabel *m_empty = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_header = nullptr;
    QTextBrowser *m_coding = nullptr;
    QListWidget *m_findingList = nullptr;
    QPushButton *m_override = nullptr;
    QPushButton *m_accept = nullptr;
    QPushButton *m_return = nullptr;
};

} // namespace cc
