"""Hand-written synthetic names from many origins (no real persons; common given names and surnames combined).

One entry per line: ``gender|display|call name|surname|romanised e-mail local part`` where the display form is
written as the person writes it (native script, family-first order, particles, patronymics), the call name is
what a colleague would call them alone, and the surname is what a formal mention or a CRM sorts by (empty when
the culture does not use one that way, e.g. Malay patronymics, Korean one-syllable surnames). The last field
is only given for native-script names (Latin names derive their local part).
"""

from __future__ import annotations

HANDWRITTEN: dict[str, str] = {
    "vietnamese": """m|Trần Quốc Bảo|Bảo|Trần|
f|Phạm Thu Hằng|Hằng|Phạm|
m|Lê Đức Thịnh|Thịnh|Lê|
f|Võ Ngọc Trâm|Trâm|Võ|
m|Đặng Văn Khoa|Khoa|Đặng|
f|Huỳnh Mai Anh|Mai Anh|Huỳnh|
m|Bùi Minh Tuấn|Tuấn|Bùi|
f|Đỗ Thị Phương|Phương|Đỗ|""",
    "korean": """m|김도윤|도윤||doyoon.kim
f|박서연|서연||seoyeon.park
m|이재혁|재혁||jaehyuk.lee
f|정하은|하은||haeun.jung
m|Choi Min-jun|Min-jun|Choi|
f|Yoon Ji-woo|Ji-woo|Yoon|
f|Kang Soo-bin|Soo-bin|Kang|
m|Han Tae-yang|Tae-yang|Han|""",
    "japanese": """f|高橋 美咲|美咲|高橋|misaki.takahashi
m|渡辺 健太|健太|渡辺|kenta.watanabe
f|小林 葵|小林|小林|aoi.kobayashi
m|Takumi Yamamoto|Takumi|Yamamoto|
f|Haruka Inoue|Haruka|Inoue|
m|Kenji Matsuda|Kenji|Matsuda|
f|Yui Fujimoto|Yui|Fujimoto|""",
    "chinese": """m|王建国|建国||jianguo.wang
f|李思琪|思琪||siqi.li
f|黄雅婷|雅婷||yating.huang
m|Zhang Weiming|Weiming|Zhang|
f|Chen Xiaoling|Xiaoling|Chen|
m|Liu Haoran|Haoran|Liu|
m|Zhou Zihan|Zihan|Zhou|
f|Lin Yuxuan|Yuxuan|Lin|""",
    "thai": """f|สมหญิง ศรีสวัสดิ์|สมหญิง|ศรีสวัสดิ์|somying.s
m|ธนากร วงศ์ใหญ่|ธนากร|วงศ์ใหญ่|thanakorn.w
f|Pimchanok Saetang|Pimchanok|Saetang|
m|Anuwat Boonmee|Anuwat|Boonmee|
f|Kanokwan Rattanakul|Kanokwan|Rattanakul|
m|Somchai Phromsuk|Somchai|Phromsuk|""",
    "filipino": """f|Maria Cristina Dela Cruz|Cristina|Dela Cruz|
m|Jose Emmanuel Bautista|Emmanuel|Bautista|
f|Rowena Macaraeg|Rowena|Macaraeg|
m|Jerome Villanueva|Jerome|Villanueva|
f|Maricel Dimaculangan|Maricel|Dimaculangan|
m|Rodel Santiago Pangilinan|Rodel|Pangilinan|""",
    "indonesian": """m|Budi Santoso|Budi|Santoso|
f|Siti Rahmawati|Siti|Rahmawati|
m|Agus Setiawan|Agus|Setiawan|
f|Dewi Kusumawardhani|Dewi|Kusumawardhani|
m|Wayan Sudarsana|Wayan|Sudarsana|
f|Putri Ayu Lestari|Putri|Lestari|
m|Wahyudi|Wahyudi||""",
    "malay": """m|Ahmad Faiz bin Ismail|Faiz||
f|Nur Aisyah binti Rahman|Aisyah||
m|Muhammad Hafiz bin Abdullah|Hafiz||
f|Farah Nadia binti Kamaruddin|Farah||
m|Mohd Azlan bin Hashim|Azlan||
f|Aina Sofea binti Zulkifli|Aina||""",
    "indian_tamil": """m|Karthikeyan Subramanian|Karthikeyan|Subramanian|
f|Lakshmi Venkatesan|Lakshmi|Venkatesan|
m|R. Senthil Kumar|Senthil||
f|Priya Ramalingam|Priya|Ramalingam|
m|Arun Prakash Natarajan|Arun|Natarajan|
f|Meenakshi Sundaram|Meenakshi|Sundaram|""",
    "indian_north": """m|Gurpreet Singh Dhillon|Gurpreet|Dhillon|
f|Harleen Kaur Sandhu|Harleen|Sandhu|
m|Rohit Kumar Yadav|Rohit|Yadav|
f|Ananya Srivastava|Ananya|Srivastava|
m|Vikram Chaudhary|Vikram|Chaudhary|
f|स्नेहा जोशी|स्नेहा|जोशी|sneha.joshi""",
    "indian_bengali": """f|Sreemoyee Chattopadhyay|Sreemoyee|Chattopadhyay|
m|Debashish Mukherjee|Debashish|Mukherjee|
f|Moumita Bhattacharjee|Moumita|Bhattacharjee|
m|Subhankar Ghosal|Subhankar|Ghosal|
f|অনন্যা দত্ত|অনন্যা|দত্ত|ananya.dutta""",
    "indian_west_south": """m|Hrishikesh Kulkarni|Hrishikesh|Kulkarni|
f|Sayali Deshpande|Sayali|Deshpande|
m|Jignesh Patel|Jignesh|Patel|
f|Hetal Shah|Hetal|Shah|
m|Anoop Varghese|Anoop|Varghese|
f|Aswathy Nair|Aswathy|Nair|
m|Jithin Mathew Kurian|Jithin|Kurian|""",
    "persian": """m|Mohammad-Reza Ahmadi|Mohammad-Reza|Ahmadi|
f|Shirin Karimi|Shirin|Karimi|
m|Arash Hosseinzadeh|Arash|Hosseinzadeh|
f|Parisa Tehrani|Parisa|Tehrani|
m|فرهاد رضایی|فرهاد|رضایی|farhad.rezaei
f|نگار موسوی|نگار|موسوی|negar.mousavi""",
    "arabic": """m|Khalid ibn Saeed Al-Harbi|Khalid|Al-Harbi|
f|Layla Al-Mansouri|Layla|Al-Mansouri|
m|Omar Abdelrahman|Omar|Abdelrahman|
f|Rania Haddad|Rania|Haddad|
m|Youssef Ben Amor|Youssef|Ben Amor|
f|Mariam Al-Qahtani|Mariam|Al-Qahtani|
m|يوسف العتيبي|يوسف|العتيبي|youssef.otaibi
f|فاطمة الزهراء بنعلي|فاطمة الزهراء|بنعلي|fz.benali""",
    "hebrew": """f|Noa Ben-David|Noa|Ben-David|
m|Yonatan Mizrahi|Yonatan|Mizrahi|
f|Tamar Friedman|Tamar|Friedman|
m|Eitan Shapira|Eitan|Shapira|
f|מיכל אברהמי|מיכל|אברהמי|michal.avrahami
m|אורי לוי|אורי|לוי|uri.levy""",
    "turkish": """m|Emre Yıldırım|Emre|Yıldırım|
f|Şeyma Öztürk|Şeyma|Öztürk|
m|Barış Kaplan|Barış|Kaplan|
f|Ayşegül Karaca|Ayşegül|Karaca|
m|Oğuzhan Demirci|Oğuzhan|Demirci|
f|Elif Naz Çetinkaya|Elif Naz|Çetinkaya|""",
    "greek": """m|Δημήτρης Κωνσταντίνου|Δημήτρης|Κωνσταντίνου|dimitris.konstantinou
f|Ελένη Παπαδάκη|Ελένη|Παπαδάκη|eleni.papadaki
f|Αικατερίνη Σταματοπούλου|Αικατερίνη|Σταματοπούλου|k.stamatopoulou
m|Stavros Georgiou|Stavros|Georgiou|
f|Katerina Alexiou|Katerina|Alexiou|
m|Nikos Triantafyllidis|Nikos|Triantafyllidis|""",
    "georgian": """m|გიორგი ბერიძე|გიორგი|ბერიძე|giorgi.beridze
f|ნინო კაპანაძე|ნინო|კაპანაძე|nino.kapanadze
m|Levan Tsiklauri|Levan|Tsiklauri|
f|Ketevan Jorjadze|Ketevan|Jorjadze|
m|Davit Chikovani|Davit|Chikovani|""",
    "armenian": """m|Armen Hovhannisyan|Armen|Hovhannisyan|
f|Anahit Sargsyan|Anahit|Sargsyan|
m|Տիգրան Պետրոսյան|Տիգրան|Պետրոսյան|tigran.petrosyan""",
    "polish": """m|Grzegorz Wiśniewski|Grzegorz|Wiśniewski|
f|Małgorzata Szczepańska|Małgorzata|Szczepańska|
m|Krzysztof Wróblewski|Krzysztof|Wróblewski|
f|Agnieszka Dąbrowska|Agnieszka|Dąbrowska|
m|Łukasz Zieliński|Łukasz|Zieliński|
f|Zofia Jabłońska|Zofia|Jabłońska|""",
    "hungarian": """m|Szabó Bence|Bence|Szabó|
f|Horváth Réka|Réka|Horváth|
m|Nagy Gergely|Gergely|Nagy|
f|Farkas Dóra|Dóra|Farkas|
m|Varga Levente|Levente|Varga|
f|Molnár Zsófia|Zsófia|Molnár|""",
    "irish": """f|Aoife Ní Dhonnchadha|Aoife|Ní Dhonnchadha|
m|Cathal Mac Giolla Phádraig|Cathal|Mac Giolla Phádraig|
f|Gráinne O'Sullivan|Gráinne|O'Sullivan|
m|Tadhg Ó Murchú|Tadhg|Ó Murchú|
f|Caoimhe MacCarthy|Caoimhe|MacCarthy|
m|Oisín Ó Briain|Oisín|Ó Briain|""",
    "ghanaian": """m|Kwame Asante-Boateng|Kwame|Asante-Boateng|
f|Akosua Owusu|Akosua|Owusu|
m|Yaw Darko Amoako|Yaw|Amoako|
f|Efua Mensah-Bonsu|Efua|Mensah-Bonsu|
m|Kofi Agyemang|Kofi|Agyemang|
f|Abena Serwaa Frimpong|Abena|Frimpong|
m|Selorm Agbeko|Selorm|Agbeko|""",
    "yoruba": """m|Oluwadamilare Adebayo|Oluwadamilare|Adebayo|
f|Folasade Ogunleye|Folasade|Ogunleye|
m|Adewale Ogunbiyi|Adewale|Ogunbiyi|
f|Temitope Adeyemi-Coker|Temitope|Adeyemi-Coker|
f|Morenike Afolabi|Morenike|Afolabi|
m|Olumide Akinwande|Olumide|Akinwande|""",
    "igbo": """m|Chukwuemeka Okonkwo|Chukwuemeka|Okonkwo|
f|Adaeze Nwosu|Adaeze|Nwosu|
m|Obinna Chukwu|Obinna|Chukwu|
f|Chiamaka Okafor|Chiamaka|Okafor|
m|Ikechukwu Obi|Ikechukwu|Obi|
f|Nneka Onyekachi|Nneka|Onyekachi|""",
    "hausa": """m|Abubakar Sani Danladi|Abubakar|Danladi|
f|Hauwa Ibrahim Garba|Hauwa|Garba|
m|Musa Aliyu Bello|Musa|Bello|
f|Zainab Usman Kabir|Zainab|Kabir|
m|Nasiru Shehu|Nasiru|Shehu|""",
    "swahili": """m|Baraka Mwangi|Baraka|Mwangi|
f|Wanjiru Kamau|Wanjiru|Kamau|
m|Juma Athumani Mrisho|Juma|Mrisho|
f|Neema Mollel|Neema|Mollel|
m|Otieno Ochieng|Otieno|Ochieng|
f|Zawadi Njeri|Zawadi|Njeri|""",
    "ethiopian": """m|Dawit Tesfaye|Dawit|Tesfaye|
f|Meseret Alemu|Meseret|Alemu|
m|Yohannes Gebremedhin|Yohannes|Gebremedhin|
f|Hiwot Bekele|Hiwot|Bekele|
m|ዳንኤል ታደሰ|ዳንኤል|ታደሰ|daniel.tadesse
f|ሰላም ወልደማርያም|ሰላም|ወልደማርያም|selam.w""",
    "portuguese_brazilian": """f|Maria da Conceição Ferreira|Conceição|Ferreira|
m|João Pedro dos Santos Oliveira|João Pedro|Oliveira|
f|Ana Beatriz Rocha|Ana Beatriz|Rocha|
m|Thiago Nascimento|Thiago|Nascimento|
f|Luíza Gonçalves da Silva|Luíza|da Silva|
m|Rui Miguel Albuquerque|Rui|Albuquerque|""",
    "andean_mexican": """m|José Luis Quispe Mamani|José Luis|Quispe|
f|Guadalupe Xóchitl Ramírez|Guadalupe|Ramírez|
f|Ximena Huanca Condori|Ximena|Huanca|
m|Cuauhtémoc Hernández Tzompa|Cuauhtémoc|Hernández|""",
    "scandinavian": """m|Bjørn Haugland|Bjørn|Haugland|
f|Ingrid Sæther|Ingrid|Sæther|
m|Magnus Åberg|Magnus|Åberg|
f|Sigrún Einarsdóttir|Sigrún|Einarsdóttir|
m|Jørgen Kjærgaard|Jørgen|Kjærgaard|
f|Linnéa Sjöström|Linnéa|Sjöström|""",
    "slavic": """m|Дмитрий Сергеевич Волков|Дмитрий|Волков|dmitry.volkov
f|Олена Петрівна Ковальчук|Олена|Ковальчук|olena.kovalchuk
m|Aleksandr Vladimirovich Morozov|Aleksandr|Morozov|
f|Yekaterina Igorevna Sokolova|Yekaterina|Sokolova|
m|Nemanja Jovanović|Nemanja|Jovanović|
f|Milica Đorđević|Milica|Đorđević|""",
    "dutch_flemish": """m|Jan-Willem van der Berg|Jan-Willem|van der Berg|
f|Femke de Vries-Jansen|Femke|de Vries-Jansen|
m|Pieter van den Heuvel|Pieter|van den Heuvel|
f|Lieke ter Horst|Lieke|ter Horst|
m|Bram Verhoeven|Bram|Verhoeven|""",
}


def handwritten_entries() -> list[tuple[str, str, str, str, str, str]]:
    """All entries as ``(origin, gender, display, call name, surname, e-mail local)``, in a stable order."""
    rows = []
    for origin, block in HANDWRITTEN.items():
        for line in block.splitlines():
            gender, display, call, surname, local = line.split("|")
            rows.append((origin, gender, display, call, surname, local))
    return rows
