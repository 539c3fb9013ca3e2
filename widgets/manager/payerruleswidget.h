// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/session.h"
#include "edits/editdata.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QSplitter;
class QStackedWidget;
class QStandardItemModel;
class QTableView;

namespace cc {

class InlineMessage;
class PayerRuleService;
class PracticeService;

/**
 * The office manager's payer rules: on the left every rule (name, payer, codes, conditions,
 * action and severity, active) with a filter; on the right the form of the chosen rule or of a
 * new one, a plain-language sentence of what the rule does that follows the typing, and the
 * problems of the form beside the fields they are about. New (Ctrl+N), Save (Ctrl+S), Revert,
 * Delete (asks first; Del in the list), Export… and Import… (a preview of what the file will
 * add and replace, then one all-or-nothing transaction).
 *
 * Every read and write goes through PayerRuleService (ManagePayerRules, audited); the payer
 * list comes from PracticeService. A user without ManagePayerRules sees the rules read-only.
 * Unsaved edits are never dropped silently: choosing another rule asks to save or discard.
 */
class PayerRulesWidget : public QWidget
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        PayerColumn,
        CodesColumn,
        WhenColumn,
        ActionColumn,
        ActiveColumn,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1, RuleIdRole };

    PayerRulesWidget(const Session &session, PayerRuleService &rules, PracticeService &practice,
        QWidget *parent = nullptr);

    /// The list as shown (filtered and sorted).
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    /// The rule as the form holds it now (id and version of the rule being edited; 0 for new).
    PayerRule formRule() const;
    /// True when the form differs from the rule as last loaded or saved.
    bool hasUnsavedChanges() const;

public slots:
    /// Reads the rules again, keeping the selection and any unsaved edits.
    void reload();
    /// Clears the form for a new rule (asks first when there are unsaved edits).
    void newRule();
    /// Saves the form; problems are shown beside their fields and nothing is written.
    bool save();
    /// Puts the form back to the rule as saved, read again from the database.
    void revert();
    /// Deletes the rule in the form after asking.
    void removeCurrent();
    /// Shows the rule @p id in the list and the form; false when it is not listed.
    bool selectRule(qint64 id);
    /// Asks for a file name, then exportTo().
    void exportRules();
    /// Asks for a file, then importFrom().
    void importRules();
    /// Writes every rule to @p path; says the result below the list.
    bool exportTo(const QString &path);
    /// Checks @p path, asks to confirm what it will add and replace, then imports it.
    bool importFrom(const QString &path);

signals:
    void statusMessageRequested(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitPreview();
    void buildUi();
    QWidget *withProblems(QWidget *field, const QStringList &keys);
    void fillPayers();
    void loadRule(const PayerRule &rule);
    void onCurrentRowChanged();
    bool confirmLeave();
    void formEdited();
    void showProblems();
    void clearProblems();
    void updateCounts();
    void updateHeader();
    void updateButtons();
    QString payerLabel(const PayerRule &rule) const;

    Session m_session;
    PayerRuleService &m_rules;
    PracticeService &m_practice;
    bool m_canWrite = false;
    QList<PayerRule> m_list;
    PayerRule m_loaded; ///< the rule in the form as saved (id 0: a new rule)
    bool m_loading = false; ///< filling the form: not an edit
    bool m_syncing = false; ///< changing the list's selection from code
    bool m_selfWrite = false; ///< our own write: the service's changed() needs no reload
    bool m_problemsShown = false; ///< after a refused save, problems follow the typing

    QStandardItemModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QSplitter *m_splitter = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_count = nullptr;
    QStackedWidget *m_listStack = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_empty = nullptr;
    InlineMessage *m_listFeedback = nullptr;

    QLabel *m_title = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_payer = nullptr;
    QLineEdit *m_codes = nullptr;
    QLineEdit *m_modifiersPresent = nullptr;
    QLineEdit *m_modifiersAbsent = nullptr;
    QLineEdit *m_placeOfService = nullptr;
    QSpinBox *m_minAge = nullptr;
    QSpinBox *m_maxAge = nullptr;
    QComboBox *m_sex = nullptr;
    QComboBox *m_action = nullptr;
    QComboBox *m_severity = nullptr;
    QPlainTextEdit *m_message = nullptr;
    QPlainTextEdit *m_fix = nullptr;
    QCheckBox *m_active = nullptr;
    QLabel *m_preview = nullptr;
    QHash<QString, QLabel *> m_problems; ///< by field name, as PayerRuleService::Problem
    InlineMessage *m_feedback = nullptr;

    QPushButton *m_new = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_import = nullptr;
};

} // namespace cc
