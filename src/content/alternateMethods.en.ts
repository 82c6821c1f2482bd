import { catalogEn } from './catalog.en';
import type { AlternateMethodsCatalog } from './types';

/** How to get each task done without signing in, in English. */
export const alternateMethodsEn = {
  catalog: catalogEn,
  places: {
    'benefits-office': 'a VA regional benefit office',
    'health-facility': 'your VA health facility',
    school: "your school's certifying official",
    'emergency-room': 'the nearest emergency room',
  },
  methods: {
    'direct-deposit': {
      title: 'Change your direct deposit information',
      steps: {
        phone: "Call us and ask to update your direct deposit. Have your bank's routing number and your account number ready.",
        inPerson: 'Visit a VA regional benefit office and ask to update your direct deposit.',
        mail: 'Fill out a Direct Deposit Enrollment form (VA Form 24-0296). Follow the mailing steps in the form.',
      },
    },
    'health-appointments': {
      title: 'Make, change, or cancel a health care appointment',
      steps: {
        phone:
          'Call your VA health facility to schedule or change an appointment. For questions about your health care benefits, call the VA health benefits hotline.',
        inPerson: 'Ask at the front desk of your VA health facility.',
      },
    },
    'health-prescriptions': {
      title: 'Refill a prescription',
      steps: {
        phone: 'Call the pharmacy phone number on your prescription label to ask for a refill.',
        inPerson: 'Ask for a refill at the pharmacy at your VA health facility.',
        mail: 'Mail the refill slip that came with your last prescription to the pharmacy address on the slip.',
      },
    },
    'health-messages': {
      title: 'Contact your health care team',
      steps: {
        phone:
          "Call your VA health facility and ask for your care team. If you need help with My HealtheVet, call its help desk. Don't wait for a reply to a message if you need care right away.",
        inPerson: 'Talk with your care team at your VA health facility.',
      },
    },
    'claims-status': {
      title: 'Check the status of a claim or appeal',
      steps: {
        phone: 'Call us to check the status of your claim or appeal. Have your Social Security number or VA file number ready.',
        inPerson: 'Visit a VA regional benefit office.',
      },
    },
    education: {
      title: 'Get help with GI Bill and other education benefits',
      steps: {
        phone: 'Call the GI Bill hotline with questions about your education benefits or payments.',
        inPerson: "Talk with your school's certifying official.",
      },
    },
    'records-letters': {
      title: 'Get your records and benefit letters',
      steps: {
        phone: 'Call us to ask for a benefit letter, like a benefit summary letter.',
        inPerson:
          'Ask for benefit letters at a VA regional benefit office. Ask for your health records at the release of information office at your VA health facility.',
        mail: 'To get your VA health records, mail VA Form 10-5345a to the release of information office at your VA health facility. To get your military service records, like your DD214, mail Standard Form 180 (SF-180) to the National Archives.',
      },
    },
    'crisis-support': {
      title: 'Get help in a crisis',
      steps: {
        phone: 'Call the Veterans Crisis Line to talk with a trained responder now. The call is free and confidential.',
        text: 'Send a text message to the Veterans Crisis Line.',
        chat: 'Chat online with a responder.',
        inPerson: 'Go to the nearest emergency room, or call 911.',
      },
    },
  },
} satisfies AlternateMethodsCatalog;
