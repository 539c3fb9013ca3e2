// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/session.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QTableView;
class QTextBrowser;
class QTimer;

namespace cc {

class CodingDenialModel;
class CodingFeedbackService;
class InlineMessage;
struct CodingDenialItem;

/**
 * Denials from coding (issue 7 §3), in the coder's workspace: the denials whose payer reason
 * traces to a coding rule, so the coder closes the feedback loop with the billers. A period
 * ("codingDenialsFrom", "codingDenialsTo"; the last 90 days at first), "Only my work"
 * ("codingDenialsOnlyMine"; checked at first for coders), a grouping by rule, code pair or
 * coder ("codingDenialsGroupBy"); the list ("codingDenialsTable": each group with its count
 * and dollars denied, then its denials; arrows or J/K move, group rows are skipped, Enter
 * moves to the detail and Esc back); and the detail ("codingDenialDetail"): the payer's
 * reason and remarks in words, the rule and what to check, the code pair, the claim, date of
 * service and payer, and whether the scrubber had warned and someone overrode it.
 * Read only; reloads when CodingFeedbackService says the denials changed, and on F5.
 */
class CodingDenialsWidget : public QWidget
{
    Q_OBJECT
public:
    CodingDenialsWidget(
        const Session &session, CodingFeedbackService &feedback, QWidget *parent = nullptr);

    CodingDenialModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QTextBrowser *detail() const { return m_detail; }
    /// The denial of the current row (0 when none).
    qint64 currentDenialId() const;
    bool selectDenial(qint64 denialId);
    void setPeriod(const QDate &from, const QDate &to);

public slots:
    void reload();
    /// Shows the current denial's detail and moves the keyboard focus there.
    void focusDetail();

signals:
    /// The number of denials listed changed (for a count on the workspace's tab).
    void countChanged(int count);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void currentChanged(const QModelIndex &current, const QModelIndex &previous);
    /// Applies the grouping choice to the model and spans the group rows.
    void applyGrouping();
    void showDetail();
    void updateSummary();
    QString detailHtml(const CodingDenialItem &item) const;
    const CodingDenialItem *current() const;

    Session m_session;
    CodingFeedbackService &m_feedback;
    CodingDenialModel *m_model = nullptr;
    QTimer *m_reloadTimer = nullptr;
    int m_lastCount = -1;

    QLabel *m_fromLabel = nullptr;
    QDateEdit *m_from = nullptr;
    QLabel *m_toLabel = nullptr;
    QDateEdit *m_to = nullptr;
    QCheckBox *m_onlyMine = nullptr;
    QLabel *m_groupLabel = nullptr;
    QComboBox *m_groupBy = nullptr;
    QLabel *m_summary = nullptr;
    InlineMessage *m_message = nullptr;
    QTableView *m_table = nullptr;
    QTextBrowser *m_detail = nullptr;
};

} // namespace cc
