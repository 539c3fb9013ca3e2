// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/codeentry.h"
#include "domain/coding.h"
#include "domain/session.h"

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
class CodingService;
class HandoffService;
class QueryService;
class TemplateService;

/**
 * The coding panel: the provider's note (and addendum, and the queries with their answers)
 * beside the codes. Diagnoses are ordered, the first is principal (A–L); service lines carry
 * modifiers, units, pointers and the fee-schedule charge. Every code is checked as it is
 * added. Save as draft (Ctrl+S) at any time; Mark coded (Ctrl+Enter) once the codes are valid
 * and the specialty checklist's required items are ticked: the scrubber runs, and clean work
 * goes straight to billing while work with findings stays open with them listed, to be fixed
 * or handed off with a note (Ctrl+Shift+Enter); Send query (Ctrl+Q) asks the provider; Back
 * (Alt+Left) returns to the queue.
 */
class CodingPanel : public QWidget
{
    Q_OBJECT
public:
    CodingPanel(const Session &session, CodingService &coding, CodeSetService &codes,
                QueryService &queries, TemplateService &templates, HandoffService &handoff,
                QWidget *parent = nullptr);

    /// Loads an encounter; false (with the error shown) when it cannot be opened.
    bool openEncounter(qint64 encounterId);
    qint64 encounterId() const { return m_detail.summary.id; }
    const EncounterDetail &detail() const { return m_detail; }
    /// The coding as it stands in the panel.
    CodingDraft draft() const;

public slots:
    bool saveDraft();
    bool markCoded();
    /// Hands the coded encounter to billing with the note.
    bool handOff();
    void sendQuery();
    void copyFromLastVisit();

signals:
    void backRequested();
    void encounterChanged(qint64 encounterId);

private:
    void buildUi();
    void showNote();
    void setDraft(const CodingDraft &draft);
    void addDiagnosis(const CodeEntry &entry);
    void addService(const CodeEntry &entry);
    void moveDiagnosis(int delta);
    void removeDiagnosis();
    void removeServiceLine();
    void renumberDiagnoses();
    void recheck();
    /// Lists the scrubber's findings stored at Mark coded; returns how many there are.
    int showStoredFindings();
    void updateActions();
    void lineEdited(int row, int column);
    void setLineRow(int row, const ServiceLineEntry &line);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:

    Session m_session;
    CodingService &m_coding;
    CodeSetService &m_codes;
    QueryService &m_queries;
    TemplateService &m_templates;
    HandoffService &m_handoff;
    EncounterDetail m_detail;
    QHash<QString, qint64> m_unitFee; ///< code → fee of one unit for this encounter's payer

    QLabel *m_header = nullptr;
    QTextBrowser *m_note = nullptr;
    QTextBrowser *m_queriesView = nullptr;
    CodeSearchBox *m_dxSearch = nullptr;
    QListWidget *m_dxList = nullptr;
    CodeSearchBox *m_svcSearch = nullptr;
    QTableWidget *m_lines = nullptr;
    QListWidget *m_checks = nullptr;
    QListWidget *m_checklist = nullptr;
    QLineEdit *m_coderNote = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_handOffButton = nullptr;
    bool m_loading = false;
};

} // namespace cc
