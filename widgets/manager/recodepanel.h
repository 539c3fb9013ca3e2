// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/codeentry.h"
#include "domain/session.h"
#include "services/codingauditservice.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;
class QTextBrowser;

namespace cc {

class CodeSearchBox;
class CodeSetService;
class InlineMessage;

/**
 * The blind recode of one sampled encounter (issue 7 §4). Left: what a coder codes from (the
 * clinical note and addendum, DOS, place of service, the patient's age and sex, the provider,
 * the answered queries); the coder's codes are never loaded (BlindCase has no field for them).
 * Right: diagnoses and service lines chosen with the code search boxes (Ctrl+K diagnoses,
 * Ctrl+J services; Enter adds, Backspace in an empty box or Delete in a list removes),
 * modifiers and units edited in the lines table, a note, and Save (Ctrl+S), which hands the
 * recode to CodingAuditService::submitRecode.
 */
class RecodePanel : public QWidget
{
    Q_OBJECT
public:
    RecodePanel(const Session &session, CodingAuditService &audits, CodeSetService &codes,
                QWidget *parent = nullptr);

    /// Loads the blind case of @p itemId; shows why not (inline) and returns false on refusal.
    bool openItem(qint64 itemId);
    /// Empties the panel (no item).
    void clear();
    qint64 itemId() const { return m_case.itemId; }

    /// The diagnoses as entered, in order (normalized codes).
    QStringList diagnoses() const;
    /// The service lines as entered.
    QList<RecodeServiceLine> services() const;

    CodeSearchBox *diagnosisSearch() const { return m_dxSearch; }
    CodeSearchBox *serviceSearch() const { return m_svcSearch; }

public slots:
    /// Saves the recode; returns whether it was stored.
    bool save();

signals:
    void recodeSaved(qint64 itemId);
    void statusMessageRequested(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildUi();
    void showCase();
    void addDiagnosis(const CodeEntry &entry);
    void addService(const CodeEntry &entry);
    void removeCurrentDiagnosis();
    void removeCurrentService();
    void updateActions();

    Session m_session;
    CodingAuditService &m_audits;
    CodeSetService &m_codes;
    BlindCase m_case;
    QLabel *m_facts = nullptr;
    QTextBrowser *m_note = nullptr;
    QTextBrowser *m_queries = nullptr;
    CodeSearchBox *m_dxSearch = nullptr;
    QListWidget *m_dxList = nullptr;
    CodeSearchBox *m_svcSearch = nullptr;
    QTableWidget *m_lines = nullptr;
    QLineEdit *m_auditorNote = nullptr;
    InlineMessage *m_message = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace cc
