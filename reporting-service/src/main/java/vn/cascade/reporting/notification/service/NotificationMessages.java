package vn.cascade.reporting.notification.service;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import vn.cascade.common.documents.DocumentType;
import vn.cascade.common.events.ReportingPeriodKind;

/**
 * The words of notifications and their mail: Vietnamese here, English in {@code messages/notification_en.properties}.
 * Each message is a Qute template checked at build time against its parameters.
 */
@MessageBundle(value = "notification", locale = "vi")
public interface NotificationMessages {

    @Message("dd/MM/yyyy")
    String datePattern();

    @Message("{#when kind}{#is Q1}quý I/{year}{#is Q2}quý II/{year}{#is Q3}quý III/{year}{#is Q4}quý IV/{year}"
            + "{#is H1}6 tháng đầu năm {year}{#is M9}9 tháng năm {year}{#is YEAR}năm {year}"
            + "{#is INTERIM_REVIEW}sơ kết năm {year}{#is FINAL_REVIEW}tổng kết năm {year}{/when}")
    String period(ReportingPeriodKind kind, int year);

    @Message("{#if programme}Chương trình{#else}Kế hoạch{/if} {symbol}")
    String plan(boolean programme, String symbol);

    @Message("{#when type}{#is NQ}Nghị quyết{#is KL}Kết luận{#is CT}Chỉ thị{#is QD}Quy định{#is HD}Hướng dẫn"
            + "{#else}Văn bản{/when} {symbol}")
    String directive(DocumentType type, String symbol);

    @Message("Báo cáo {period} của {plan} đến hạn ngày {due}")
    String dueTitle(String period, String plan, String due);

    @Message("{reporter} cần gửi báo cáo {period} thực hiện {plan} đến {recipient} chậm nhất ngày {due}.")
    String dueText(String reporter, String period, String plan, String recipient, String due);

    @Message("Báo cáo {period} của {plan} đã quá hạn (hạn ngày {due})")
    String overdueTitle(String period, String plan, String due);

    @Message("{reporter} chưa gửi báo cáo {period} thực hiện {plan} đến {recipient}; hạn gửi là ngày {due}.")
    String overdueText(String reporter, String period, String plan, String recipient, String due);

    @Message("{reporter} đã gửi báo cáo {period} của {plan}")
    String submittedTitle(String reporter, String period, String plan);

    @Message("Báo cáo đang chờ {recipient} xem xét, tiếp nhận hoặc trả lại.")
    String submittedText(String recipient);

    @Message("Báo cáo {period} của {plan} bị trả lại")
    String returnedTitle(String period, String plan);

    @Message("{recipient} đã trả lại báo cáo của {reporter} để chỉnh sửa, bổ sung.{#if comment} Ý kiến: {comment}{/if}")
    String returnedText(String recipient, String reporter, String comment);

    @Message("Báo cáo {period} của {plan} đã được tiếp nhận")
    String acceptedTitle(String period, String plan);

    @Message("{recipient} đã tiếp nhận báo cáo {period} của {reporter}.{#if comment} Ý kiến: {comment}{/if}")
    String acceptedText(String recipient, String period, String reporter, String comment);

    @Message("Cần ban hành kế hoạch thực hiện {plan}{#if due} trước ngày {due}{/if}")
    String planOwedTitle(String plan, String due);

    @Message("{issuer} đã ban hành {plan}; đề nghị xây dựng, ban hành kế hoạch (chương trình) thực hiện của đơn vị"
            + "{#if due}, chậm nhất ngày {due}{/if}.")
    String planOwedText(String issuer, String plan, String due);

    @Message("{plan} đã được sửa đổi, bổ sung")
    String upstreamAmendedTitle(String plan);

    @Message("{issuer} đã sửa đổi, bổ sung {plan}, là căn cứ của {own}; đề nghị rà soát, điều chỉnh cho phù hợp.")
    String upstreamAmendedText(String issuer, String plan, String own);

    @Message("{plan} đã bị thu hồi")
    String upstreamRevokedTitle(String plan);

    @Message("{issuer} đã thu hồi {plan}, là căn cứ của {own}; đề nghị rà soát, xử lý {own}.")
    String upstreamRevokedText(String issuer, String plan, String own);

    @Message("Quá hạn ban hành kế hoạch thực hiện {plan}{#if due} (hạn ngày {due}){/if}")
    String planLateTitle(String plan, String due);

    @Message("Đơn vị chưa ban hành kế hoạch (chương trình) thực hiện {plan} của {issuer}{#if due}; hạn là ngày {due}{/if}."
            + " Đề nghị khẩn trương ban hành và báo cáo {issuer}.")
    String planLateText(String issuer, String plan, String due);

    @Message("{count} đơn vị chưa ban hành kế hoạch thực hiện {plan}{#if due} (hạn ngày {due}){/if}")
    String subordinatesLateTitle(int count, String plan, String due);

    @Message("Đã quá hạn, các đơn vị sau chưa ban hành kế hoạch (chương trình) thực hiện {plan}: {late}.")
    String subordinatesLateText(String plan, String late);

    @Message("Cascade: {count} thông báo mới")
    String digestSubject(int count);

    @Message("Kính gửi các đồng chí,")
    String mailGreeting();

    @Message("Hệ thống Cascade có {count} thông báo mới cho đơn vị của các đồng chí:")
    String mailIntro(int count);

    @Message("Thư này được gửi tự động từ hệ thống Cascade, xin không trả lời thư này. "
            + "Các thông báo cũng có trong hộp thông báo của ứng dụng.")
    String mailFooter();
}
