"""Demo data modelled on the sample minutes: a council, three meetings, six consultations.

Built through the same service functions as the UI, so the demo has real history rows.
Dates are relative to today, so there is always one upcoming meeting.
"""

from __future__ import annotations

import datetime

from django.db import transaction
from django.utils import timezone

from shingikai.accounts.backends import DEMO_PASSWORD
from shingikai.accounts.models import User
from shingikai.consultations import services
from shingikai.consultations.models import Consultation, Outcome, Utterance
from shingikai.councils.models import (
    Council,
    Department,
    FeeRule,
    Ground,
    Member,
    Municipality,
    NecessityCase,
    Person,
    Term,
)
from shingikai.councils.seed import apply_preset, seed_section_sets
from shingikai.lib import wareki
from shingikai.meetings.models import Attendance, Meeting, StaffAttendance

MUNICIPALITY = "さくら市"
COUNCIL = "さくら市情報公開・個人情報保護審議会"
DEPARTMENTS = ["総務課", "市民課", "中央図書館", "契約課", "子ども施設課", "情報システム課"]
GROUNDS = [
    (
        "業務の委託",
        "条例第16条",
        "実施機関は、個人情報の取扱いを伴う業務を委託しようとするときは、"
        "あらかじめ審議会の意見を聴かなければならない。",
    ),
    (
        "外部結合",
        "条例第22条第1項",
        "実施機関は、市の機関以外のものとの間で電子計算組織を結合しようと"
        "するときは、あらかじめ審議会の意見を聴かなければならない。",
    ),
    (
        "電子計算組織への記録",
        "条例第22条第2項",
        "実施機関は、個人情報を電子計算組織に記録しようと"
        "するときは、あらかじめ審議会の意見を聴かなければならない。",
    ),
    (
        "目的外利用・外部提供",
        "条例第12条",
        "実施機関は、目的外に個人情報を利用し、又は提供しようと"
        "するときは、あらかじめ審議会の意見を聴かなければならない。",
    ),
    (
        "特定個人情報保護評価（第三者点検）",
        "番号法第28条",
        "全項目評価書は、個人情報保護委員会に提出する前に第三者点検を受ける。",
    ),
    (
        "防犯カメラの設置",
        "防犯カメラの設置及び運用に関する要綱第5条",
        "公共の場所に防犯カメラを設置するときは、あらかじめ審議会の意見を聴く。",
    ),
    (
        "特に必要な場合の諮問",
        "法第129条",
        "個人情報の適正な取扱いを確保するため専門的な知見に基づく意見を聴くことが"
        "特に必要であると認めるときは、審議会に諮問することができる。",
    ),
]
# The cases the city's ordinance names for a consultation under 法第129条.
NECESSITY_CASES = [
    (
        "条例第5条第1号",
        "個人情報の取扱いに関する制度の運用上の細則を定め、又は改廃しようとするとき",
    ),
    (
        "条例第5条第2号",
        "新たな技術を用いた個人情報の取扱いであって、その適正な取扱いを確保するため"
        "専門的な知見に基づく意見を聴くことが特に必要であると認めるとき",
    ),
]
# name, role, affiliation, appointment category, gender
MEMBERS = [
    ("青木 正人", Member.Role.CHAIR, "大学教授（行政法）", Member.Category.SCHOLAR, "male"),
    ("石田 美和", Member.Role.DEPUTY, "弁護士", Member.Category.LAWYER, "female"),
    ("上野 健", Member.Role.MEMBER, "情報セキュリティ専門家", Member.Category.SCHOLAR, "male"),
    ("江口 洋子", Member.Role.MEMBER, "民生委員", Member.Category.ORGANISATION, "female"),
    ("大森 隆", Member.Role.MEMBER, "町会連合会", Member.Category.ORGANISATION, "male"),
    ("金子 由紀", Member.Role.MEMBER, "公募市民", Member.Category.CITIZEN, "female"),
    ("木村 亮", Member.Role.MEMBER, "市議会議員", Member.Category.ASSEMBLY, "male"),
]
# Members re-appointed from the previous terms (long service is counted across terms).
EARLIER_TERMS = [("第十一期", 8), ("第十二期", 4)]  # name, years before the current term
REAPPOINTED = ["青木 正人", "大森 隆"]
USERS = [
    # username, role, department, last name, first name
    ("jimukyoku", User.Role.SECRETARIAT, "総務課", "山根", "一郎"),
    ("shokanka", User.Role.DEPARTMENT, "市民課", "佐藤", "花子"),
    ("shokanka2", User.Role.DEPARTMENT, "中央図書館", "鈴木", "次郎"),
    ("iin", User.Role.MEMBER, None, "青木", "正人"),
    ("admin", User.Role.ADMIN, None, "管理者", ""),
]


def demo_logins() -> list[tuple[str, str]]:
    return [(username, role.label) for username, role, *_ in USERS]


def load_demo(today: datetime.date | None = None) -> bool:
    """Load the demo once; returns False (and changes nothing) when it is already there."""
    if Municipality.objects.filter(name=MUNICIPALITY).exists():
        return False
    with transaction.atomic():
        _build(today or timezone.localdate())
        # The search vocabulary of the field (Sudachi's general synonyms: seed-synonyms).
        from shingikai.search._synonyms import seed

        seed(general=False)
    return True


def _build(today: datetime.date) -> None:
    city = Municipality.objects.create(name=MUNICIPALITY, prefecture="東京都")
    depts = {name: Department.objects.create(municipality=city, name=name) for name in DEPARTMENTS}
    council = Council.objects.create(
        municipality=city,
        name=COUNCIL,
        secretariat=depts["総務課"],
        quorum_rule=Council.QuorumRule.MAJORITY,
        numbering_start=480,
    )
    grounds = {
        name: Ground.objects.create(
            council=council, name=name, article=article, article_text=text, order=i
        )
        for i, (name, article, text) in enumerate(GROUNDS)
    }
    # Each ground gets the 諮問書 sections of its kind (目的外利用 → purpose, …).
    seed_section_sets()
    apply_preset(council, "sakura")
    term = Term.objects.create(
        council=council,
        name="第十三期",
        start=today - datetime.timedelta(days=400),
        end=today + datetime.timedelta(days=330),
    )
    users = _users(council, depts)
    people = {
        name: Person.objects.create(name=name, gender=gender)
        for name, _role, _affiliation, _category, gender in MEMBERS
    }
    members = [
        Member.objects.create(
            term=term,
            person=people[name],
            name=name,
            role=role,
            category=category,
            affiliation=affiliation,
            user=users["iin"] if role == Member.Role.CHAIR else None,
            # The assembly member declines the fee (辞退); the others are paid.
            fee_declined=category == Member.Category.ASSEMBLY,
        )
        for name, role, affiliation, category, _gender in MEMBERS
    ]
    _members_terms_and_fees(council, term, people)
    _meetings_and_consultations(council, depts, grounds, members, users, today)


def _members_terms_and_fees(council: Council, term: Term, people: dict) -> None:
    """Earlier terms with re-appointed members, and the council's fee rule (委員報酬)."""
    for name, years in EARLIER_TERMS:
        start = term.start.replace(year=term.start.year - years)
        earlier = Term.objects.create(
            council=council,
            name=name,
            start=start,
            end=start.replace(year=start.year + 4) - datetime.timedelta(days=1),
        )
        for person_name in REAPPOINTED:
            Member.objects.create(
                term=earlier,
                person=people[person_name],
                name=person_name,
                category=next(m[3] for m in MEMBERS if m[0] == person_name),
            )
    FeeRule.objects.create(
        council=council,
        daily_fee=12000,
        half_day_fee=6000,
        online_rule=FeeRule.OnlineRule.SAME,
        travel_rule=FeeRule.TravelRule.FIXED,
        travel_amount=800,
    )


def _users(council: Council, depts: dict[str, Department]) -> dict[str, User]:
    users = {}
    for username, role, dept, last, first in USERS:
        user = User(
            username=username,
            role=role,
            last_name=last,
            first_name=first,
            department=depts.get(dept) if dept else None,
            council=council if role in (User.Role.SECRETARIAT, User.Role.MEMBER) else None,
            is_staff=role in (User.Role.SECRETARIAT, User.Role.ADMIN),
            is_superuser=role == User.Role.ADMIN,
        )
        # The demo password is refused outside demo mode by DemoAwareBackend.
        user.set_password(DEMO_PASSWORD)
        user.save()
        users[username] = user
    _grant_reference_data_admin(users["jimukyoku"])
    return users


def _grant_reference_data_admin(user: User) -> None:
    from django.contrib.auth.models import Permission

    # The secretariat keeps the reference data: councils, the checklist rules, the
    # impact-assessment threshold table and the search vocabulary (synonyms).
    perms = Permission.objects.filter(
        content_type__app_label__in=["councils", "checklist", "pia"],
    ) | Permission.objects.filter(content_type__app_label="search", content_type__model="synonym")
    user.user_permissions.set(perms)


def _meeting(council, today, days, place="市役所本庁舎5階第1会議室") -> Meeting:
    date = today + datetime.timedelta(days=days)
    fiscal_year = wareki.fiscal_year(date)
    number = Meeting.objects.filter(council=council, fiscal_year=fiscal_year).count() + 1
    return Meeting.objects.create(
        council=council,
        fiscal_year=fiscal_year,
        number=number,
        date=date,
        start_time=datetime.time(10, 0),
        end_time=datetime.time(12, 0) if days < 0 else None,
        place=place,
    )


def _consultation(council, dept, user, title, grounds, **sections) -> Consultation:
    consultation = Consultation.objects.create(
        council=council, department=dept, title=title, created_by=user, **sections
    )
    consultation.grounds.set(grounds)
    return consultation


def _meetings_and_consultations(council, depts, grounds, members, users, today) -> None:
    secretariat, shokanka, library = users["jimukyoku"], users["shokanka"], users["shokanka2"]
    outsourcing = grounds["業務の委託"]
    first = _meeting(council, today, -60)
    second = _meeting(council, today, -30)
    upcoming = _meeting(council, today, 14)
    for meeting in (first, second):
        for i, member in enumerate(members):
            Attendance.objects.create(meeting=meeting, member=member, present=i != 4)
        StaffAttendance.objects.create(
            meeting=meeting,
            kind=StaffAttendance.Kind.SECRETARIAT,
            name="山根 一郎",
            position="総務課長",
        )

    furusato = _consultation(
        council,
        depts["市民課"],
        shokanka,
        "ふるさと納税支援業務委託",
        [outsourcing],
        outline="ふるさと納税の受付、返礼品の発送管理及び寄附者への連絡を事業者に委託する。",
        contractor="株式会社さくらサポート",
        personal_items=["氏名", "住所", "電話番号", "メールアドレス"],
        data_subjects="寄附者 約12,000人",
        retention_period="契約終了後1か月",
        retention_reason="問合せ対応のため",
        disposal_method="データ消去の上、データ消去証明書を提出",
        disposal_confirmation="職員が消去証明書を確認する",
        datacenter_location="国内（東京都）",
        certifications="プライバシーマーク",
    )
    sms = _consultation(
        council,
        depts["中央図書館"],
        library,
        "図書館資料の督促におけるショートメッセージ送信サービスの導入",
        [outsourcing, grounds["外部結合"]],
        outline="返却期限を過ぎた資料の督促を、電話に代えてショートメッセージで行う。",
        contractor="株式会社メッセージ",
        personal_items=["氏名", "電話番号"],
        data_subjects="督促対象の利用者 年間約3,000人",
        retention_period="送信後3か月",
        retention_reason="送達確認のため",
        disposal_method="事業者のクラウドから自動削除",
        datacenter_location="国内",
        certifications="ISO/IEC 27001, ISMAP",
    )
    econtract = _consultation(
        council,
        depts["契約課"],
        secretariat,
        "電子契約サービスの導入",
        [grounds["外部結合"]],
        outline="立会人型電子署名による電子契約サービスを導入する。",
        personal_items=["氏名", "メールアドレス", "役職"],
        datacenter_location="国内",
    )
    for consultation in (furusato, sms, econtract):
        # Consulted on paper before the first meeting: the answer may not precede it.
        consultation.consulted_on = first.date - datetime.timedelta(days=14)
        consultation.save(update_fields=["consulted_on"])
        services.submit(consultation, consultation.created_by)
    services.put_on_agenda(furusato, first, secretariat)
    services.record_utterance(
        furusato,
        first,
        speaker="上野 健",
        role=Utterance.Role.MEMBER,
        act=Utterance.Act.QUESTION,
        text="委託終了後のデータ消去は、どのように確認するのか。",
    )
    services.record_utterance(
        furusato,
        first,
        speaker="佐藤 市民課長",
        role=Utterance.Role.DEPARTMENT,
        act=Utterance.Act.ANSWER,
        text="データ消去証明書の提出を求め、職員が確認いたします。",
    )
    services.record_decision(furusato, first, Outcome.APPROVED, "", secretariat)
    cctv = services.raise_followup(
        meeting=first,
        owner=depts["総務課"],
        due="next_meeting",
        what="昨年度の防犯カメラ映像の警察への提供件数を次回報告すること。",
    )
    services.close_followup(
        cctv, second, "昨年度の提供件数は12件であった旨を報告した。", secretariat
    )

    services.put_on_agenda(sms, second, secretariat)
    services.put_on_agenda(econtract, second, secretariat)
    services.record_decision(
        sms,
        second,
        Outcome.APPROVED_WITH_OPINION,
        "なお、実施にあたっては、以下の意見に留意されたい。\n"
        "送信するメッセージに個人を特定できる資料名を含めないこと。",
        secretariat,
    )
    services.raise_followup(
        meeting=second,
        owner=depts["中央図書館"],
        consultation=sms,
        due="next_meeting",
        what="事業者の運用規程を次回の審議会で報告すること。",
    )
    services.record_decision(econtract, second, Outcome.CONTINUED, "", secretariat)
    _publish_first_meeting(first, second, furusato, secretariat)

    gakudo = _consultation(
        council,
        depts["子ども施設課"],
        secretariat,
        "学童メールシステムの導入",
        [outsourcing],
        outline="学童保育室から保護者への一斉連絡をメール配信システムで行う。",
        personal_items=["氏名", "メールアドレス"],
        data_subjects="保護者 約2,500人",
    )
    services.submit(gakudo, secretariat)
    services.put_on_agenda(gakudo, upcoming, secretariat)
    _prepare_upcoming(upcoming, gakudo, users, today)

    teate = _consultation(
        council,
        depts["市民課"],
        shokanka,
        "「児童手当」支給事業の封入封緘委託",
        [outsourcing],
        outline="児童手当の通知書の印刷、封入及び封緘を事業者に委託する。",
        personal_items=["氏名", "住所", "口座番号"],
        data_subjects="受給者 約47,000件 年4回",
    )
    services.submit(teate, shokanka)
    _consultation(
        council,
        depts["市民課"],
        shokanka,
        "マンション管理計画の認定制度に係る管理者名簿の電子化",
        [grounds["電子計算組織への記録"]],
        outline="マンション管理計画の認定に係る管理者の名簿をExcelで管理する。",
        personal_items=["氏名", "住所", "電話番号"],
        retention_period="認定期間中",
    )
    _other_kinds(council, depts, grounds, users)
    _especially_necessary(council, depts, grounds, users, today)


def _other_kinds(council, depts, grounds, users) -> None:
    """Drafts of other kinds than outsourcing, each with only its own sections."""
    _consultation(
        council,
        depts["市民課"],
        users["shokanka"],
        "新成人に向けた消費者トラブルに関する周知啓発のための住民記録の目的外利用",
        [grounds["目的外利用・外部提供"]],
        outline="18歳になる市民に、消費者トラブルの啓発資料を送付する。",
        holding_department="市民課（住民記録係）",
        original_purpose="住民基本台帳に関する事務",
        new_purpose="啓発資料の宛名としての利用（総務課消費生活係）",
        legal_exception="",
        notification="広報さくら2月号で周知する。",
        personal_items=["氏名", "郵便番号", "住所"],
        data_subjects="18歳になる市民 約1,200人",
        retention_period="送付後1か月",
        retention_reason="返戻への対応のため",
        disposal_method="宛名データを消去し、削除完了報告書を作成する。",
    )
    _consultation(
        council,
        depts["総務課"],
        users["jimukyoku"],
        "さくら駅前公衆トイレへの防犯カメラの設置",
        [grounds["防犯カメラの設置"]],
        outline="いたずら・器物損壊の防止のため、公衆トイレ出入口に防犯カメラを設置する。",
        camera_place="さくら駅前公衆トイレ出入口",
        camera_count="2台",
        camera_view="出入口の通路。個室内は撮影しない。",
        camera_retention="7日間（その後上書き）",
        camera_signage="",
        camera_police="捜査関係事項照会書による照会に限り、課長の決裁を経て提供し、記録する。",
    )


def _especially_necessary(council, depts, grounds, users, today) -> None:
    """法第129条: a draft that says why the council is needed, and one the intake declined,
    which the department then handled by its own review."""
    cases = [
        NecessityCase.objects.create(council=council, article=article, text=text, order=i)
        for i, (article, text) in enumerate(NECESSITY_CASES)
    ]
    _consultation(
        council,
        depts["市民課"],
        users["shokanka"],
        "AIを活用した窓口相談記録の要約",
        [grounds["特に必要な場合の諮問"]],
        outline="窓口相談の記録を生成AIで要約し、相談の引継ぎに用いる。",
        details="相談記録をLGWAN接続のAIサービスに送信し、要約を相談記録システムに保存する。",
        necessity_case=str(cases[1]),
        necessity="生成AIに相談記録を入力するのは市として初めてであり、入力データの学習利用の"
        "有無、誤った要約による不利益の防止について、専門的な知見に基づく意見を聴く必要がある。",
        personal_items=["氏名", "相談内容"],
    )
    declined = _consultation(
        council,
        depts["市民課"],
        users["shokanka"],
        "窓口混雑状況のホームページ公開",
        [grounds["特に必要な場合の諮問"]],
        outline="窓口の待ち人数を5分ごとにホームページで公開する。",
        necessity_case=str(cases[1]),
        necessity="外部サービスを利用するため。",
    )
    services.submit(declined, users["shokanka"])
    services.decline(
        declined,
        users["jimukyoku"],
        "公開するのは待ち人数のみで個人情報を取り扱わず、条例第5条各号に当たらない。"
        "庁内の個人情報保護担当による確認で足りる。",
    )
    services.record_internal_review(
        declined,
        users["shokanka"],
        "総務課（個人情報保護担当）と協議し、発券機から取得するのは番号と時刻のみで、"
        "個人を識別できる情報を含まないことを確認した。",
        today - datetime.timedelta(days=3),
    )


def _prepare_upcoming(upcoming: Meeting, consultation: Consultation, users, today) -> None:
    """The next meeting's material sent in advance, a member's advance question, and the
    report 中央図書館 filed for its follow-up, waiting for the secretariat."""
    from shingikai.consultations.models import FollowUp
    from shingikai.meetings import followup_reports, materials

    materials.add_material(
        upcoming,
        users["jimukyoku"],
        title="資料1 学童メールシステムの導入（諮問書）",
        distribution="advance",
        sent_on=today,
    )
    materials.ask(
        upcoming,
        consultation,
        users["iin"],
        "保護者のメールアドレスは誰が登録するのか。",
        today=today,
    )
    followup = FollowUp.objects.get(council=upcoming.council, what__startswith="事業者の運用規程")
    followup_reports.file_report(
        followup, users["shokanka2"], "事業者の運用規程を確認し、写しを受領した。"
    )


def _publish_first_meeting(
    meeting: Meeting, second: Meeting, consultation: Consultation, secretariat
) -> None:
    """The first meeting's minutes, saved, sent to the members, confirmed at the second
    meeting, signed by the chair and published with one withheld phrase; at the second
    meeting one member joined online and another left early."""
    from shingikai.documents import lifecycle
    from shingikai.documents.context import draft_text
    from shingikai.documents.models import MeetingMinutes, MinutesSettings
    from shingikai.documents.services import save_minutes
    from shingikai.meetings import services as meeting_services
    from shingikai.publication import services as publication

    MinutesSettings.objects.create(council=meeting.council, uses_signers=True)
    members = list(meeting.council.members_in_office(second.date).order_by("pk"))
    meeting_services.set_attendance(second, members[1], secretariat, present=True, mode="web")
    leaves = datetime.datetime.combine(second.date, second.start_time) + datetime.timedelta(hours=1)
    meeting_services.set_attendance(
        second, members[2], secretariat, present=True, left_at=leaves.time()
    )
    style = MeetingMinutes.Style.SUMMARY
    record = save_minutes(meeting, draft_text(meeting, style), style, secretariat)
    record = lifecycle.send(record, secretariat)
    meeting_services.add_confirmation_item(second, secretariat)
    record = lifecycle.confirm(record, second, secretariat)
    lifecycle.designate_signer(record, members[0], secretariat)
    lifecycle.sign(record, members[0], secretariat, on=second.date)
    # The data centre's address is withheld, as in the sample minutes ([REDACTED]).
    consultation.datacenter_location = "国内（東京都）さくらデータセンター第2棟"
    consultation.save(update_fields=["datacenter_location"])
    publication.mark_phrase(
        meeting,
        consultation,
        "datacenter_location",
        "さくらデータセンター第2棟",
        "情報公開条例第7条第6号（事務事業情報）",
        secretariat,
    )
    # The 諮問書 is chosen for the public too, so the portal shows one (its withheld phrase
    # included); attachments stay internal.
    lifecycle.publish(meeting, secretariat, consultations=[consultation])
